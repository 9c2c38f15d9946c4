/** layerwise/watchLayers: a client that follows one document gets only its models, as changes of the last one. */
import * as assert from 'node:assert/strict';
import { applyStages } from '../../server/src/core/view/modelChange';
import { LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, WATCH_LAYERS_NOTIFICATION, type LayerModel, type LayersChangedParams, type WatchLayersParams } from '../../server/src/protocol';
import { startServer, type TestServer } from '../support/lspClient';

describe('watched layersChanged notifications', () => {
  let server: TestServer;
  const received: LayersChangedParams[] = [];
  let waiter: { ok: (p: LayersChangedParams) => boolean; resolve: (p: LayersChangedParams) => void } | undefined;

  beforeEach(async () => {
    received.length = 0;
    server = await startServer();
    server.connection.onNotification(LAYERS_CHANGED_NOTIFICATION, (params: LayersChangedParams) => {
      received.push(params);
      if (waiter?.ok(params)) waiter.resolve(params);
    });
  });
  afterEach(() => server.stop());

  function next(uri: string, version: number): Promise<LayersChangedParams> {
    const seen = received.find((p) => p.uri === uri && p.version === version);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => (waiter = { ok: (p) => p.uri === uri && p.version === version, resolve }));
  }

  function watch(uri: string | null): void {
    void server.connection.sendNotification(WATCH_LAYERS_NOTIFICATION, { uri } satisfies WatchLayersParams);
  }

  function model(uri: string): Promise<LayerModel> {
    return server.connection.sendRequest<LayerModel>(LAYERS_REQUEST, { textDocument: { uri } });
  }

  for (const eol of ['\n', '\r\n']) {
    it(`sends the watched document whole once, then as changes that rebuild its model (${JSON.stringify(eol)})`, async () => {
      const uri = 'file:///watched/Dockerfile';
      const text = ['FROM golang AS build', 'RUN go build', 'FROM alpine', 'COPY --from=build /app /app', ''].join(eol);
      watch(uri);
      server.open(uri, text);
      const first = await next(uri, 1);
      assert.equal(first.since, undefined);
      assert.deepEqual(first.model, await model(uri));
      let stages = first.model.stages;
      const typed = [`${text}RUN echo a${eol}`, `${text}RUN echo ab${eol}`, `FROM scratch${eol}${text}RUN echo ab${eol}`];
      for (const [k, now] of typed.entries()) {
        server.change(uri, now, k + 2);
        const change = await next(uri, k + 2);
        assert.equal(change.since, k + 1);
        assert.deepEqual(change.model.stages, []);
        const rebuilt = applyStages(stages, change.stages!);
        assert.deepEqual({ ...change.model, stages: rebuilt }, await model(uri));
        stages = rebuilt!;
      }
      assert.ok(JSON.stringify(received[2]).length < JSON.stringify(first).length, 'a one-line change is smaller than the model');
    });
  }

  it('sends nothing for other documents, nor for any after a watch of none', async () => {
    const watched = 'file:///a/Dockerfile';
    const other = 'file:///b/Dockerfile';
    watch(watched);
    server.open(other, 'FROM alpine\nRUN b\n');
    server.open(watched, 'FROM alpine\nRUN a\n');
    await next(watched, 1);
    watch(null);
    const linted = server.diagnostics(watched, 2);
    server.change(watched, 'FROM alpine\nRUN a2\n', 2);
    await linted; // published after a pause: the notification of version 2 had its turn long before
    watch(watched);
    server.change(watched, 'FROM alpine\nRUN a3\n', 3);
    const third = await next(watched, 3);
    assert.equal(third.since, undefined, 'a new watch starts again from a whole model');
    assert.deepEqual(received.map((p) => `${p.uri}@${p.version}`), [`${watched}@1`, `${watched}@3`]);
  });
});
