/** The real server over stdio inspects a docker-archive made in the test: lens sizes, wasted bytes, staleness. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CONTAINER_CHANGES_REQUEST, INSPECT_IMAGE_REQUEST, LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, type ImageReport, type LayerModel, type LayersChangedParams } from '../../server/src/protocol';
import { resolvedCodeLenses, startServer, type TestServer } from '../support/lspClient';
import { dockerArchive, tarOf } from '../unit/image/archives';

const LINES = ['FROM busybox:1.36', 'RUN fetch big', 'ENV A=1', 'RUN rm /big.bin', 'COPY app /app', ''];

async function writeArchive(file: string): Promise<void> {
  const image = {
    tag: 'localhost/sample:latest',
    layers: [
      await tarOf([{ name: 'bin/busybox', body: Buffer.alloc(1000) }]),
      await tarOf([{ name: 'big.bin', body: Buffer.alloc(300_000) }]),
      await tarOf([{ name: '.wh.big.bin' }]),
      await tarOf([{ name: 'app', body: 'x'.repeat(25) }]),
    ],
    history: [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { created_by: 'RUN /bin/sh -c fetch big # buildkit' },
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'RUN /bin/sh -c rm /big.bin # buildkit' },
      { created_by: 'COPY app /app # buildkit' },
    ],
  };
  fs.writeFileSync(file, await dockerArchive(image));
}

for (const eol of ['\n', '\r\n']) {
  describe(`image inspection over stdio (${JSON.stringify(eol)})`, function () {
    this.timeout(20000);
    let server: TestServer;
    let dir: string;
    let archive: string;
    const text = LINES.join(eol);

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-image-lsp-'));
      archive = path.join(dir, 'image.tar');
      await writeArchive(archive);
      server = await startServer();
    });
    after(async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const lensTitles = async (uri: string): Promise<string[]> => {
      const lenses = await resolvedCodeLenses(server, uri);
      return lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    };
    const imageDiagnostics = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'image-wasted-bytes');
    const nextLayers = (uri: string) => new Promise<LayersChangedParams>((resolve) => {
      const disposable = server.connection.onNotification(LAYERS_CHANGED_NOTIFICATION, (params: LayersChangedParams) => {
        if (params.uri === uri && params.model.image) {
          disposable.dispose();
          resolve(params);
        }
      });
    });

    it('attaches the archive: sizes on lenses and in the layer model, the wasted-bytes diagnostic; stale after an edit', async () => {
      const uri = pathToFileURL(path.join(dir, 'Dockerfile')).toString();
      const opened = server.diagnostics(uri);
      server.open(uri, text);
      assert.deepEqual(imageDiagnostics(await opened), []);

      const republished = server.diagnostics(uri);
      const layersChanged = nextLayers(uri);
      const report = await server.connection.sendRequest<ImageReport>(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: `docker-archive:${archive}` });
      assert.deepEqual(report.layers.map((l) => [l.size, l.line]), [[1000, null], [300_000, 1], [0, 3], [25, 4]]);
      assert.equal(report.totalSize, 301_025);

      const wasted = imageDiagnostics(await republished);
      assert.deepEqual(wasted.map((d) => [d.range.start.line, d.source, d.message, d.relatedInformation?.map((r) => [r.location.range.start.line, r.message])]), [
        [1, 'layerwise', '300 kB added here are deleted at line 4 but still shipped: do both in one RUN', [[3, '1 file (300 kB) deleted here']]],
      ]);
      assert.deepEqual(await lensTitles(uri), [
        '0: Stage #0: 3 layers (+ 1 base layer · 1 kB)',
        '0: Final image: 3 layers (+ 1 base layer · 1 kB) · 301 kB',
        '1: layer 1 of 3 · 300 kB',
        '2: metadata only · no layer',
        '3: layer 2 of 3 · 0 B',
        '4: layer 3 of 3 · 25 B',
      ]);
      const pushed = (await layersChanged).model;
      assert.deepEqual(pushed.image, { source: `docker-archive:${archive}`, id: report.id, totalSize: 301_025, stale: false });
      assert.deepEqual([pushed.finalImage.baseLayers, pushed.finalImage.baseSize, pushed.stages[0].baseSize], [1, 1000, 1000]);
      assert.deepEqual(pushed.stages[0].instructions.filter((i) => i.effect === 'layer').map((i) => [i.line, i.size, i.wastedBytes]), [[1, 300_000, 300_000], [3, 0, 0], [4, 25, 0]]);

      const changed = server.diagnostics(uri, 2);
      server.change(uri, text.replace('RUN rm /big.bin', 'RUN rm -f /big.bin'), 2);
      assert.deepEqual(imageDiagnostics(await changed), []);
      const titles = await lensTitles(uri);
      assert.equal(titles[1], '0: Final image: 3 layers (+ base image layers: unknown) · image data stale: inspect again');
      assert.equal(titles[2], '1: layer 1 of 3');
      const model = await server.connection.sendRequest<LayerModel>(LAYERS_REQUEST, { textDocument: { uri } });
      assert.equal(model.image?.stale, true);
      assert.ok(model.stages[0].instructions.every((i) => i.size === undefined));

      // Back to the inspected text: the report is fresh again.
      const undone = server.diagnostics(uri, 3);
      server.change(uri, text, 3);
      assert.equal(imageDiagnostics(await undone).length, 1);
    });

    it('answers a bad source with one ResponseError line and keeps serving', async () => {
      const uri = pathToFileURL(path.join(dir, 'Other.Dockerfile')).toString();
      const opened = server.diagnostics(uri);
      server.open(uri, text);
      await opened;
      const missing = path.join(dir, 'missing.tar');
      await assert.rejects(
        server.connection.sendRequest(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: `docker-archive:${missing}` }),
        (error: unknown) => error instanceof ResponseError && !error.message.includes('\n') && error.message.includes('missing.tar'),
      );
      await assert.rejects(
        server.connection.sendRequest(INSPECT_IMAGE_REQUEST, { textDocument: { uri: 'file:///not/open' }, source: `docker-archive:${archive}` }),
        (error: unknown) => error instanceof ResponseError && /not open/.test(error.message),
      );
      assert.equal((await lensTitles(uri)).length, 6);
    });

    it('answers container changes only for containers of the attached image (an archive has none)', async () => {
      const uri = pathToFileURL(path.join(dir, 'Third.Dockerfile')).toString();
      const opened = server.diagnostics(uri);
      server.open(uri, text);
      await opened;
      const ask = () => server.connection.sendRequest(CONTAINER_CHANGES_REQUEST, { textDocument: { uri }, containerId: 'a'.repeat(64) });
      await assert.rejects(ask(), (error: unknown) => error instanceof ResponseError && /is not one of the inspected image's containers/.test(error.message));
      await server.connection.sendRequest<ImageReport>(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: `docker-archive:${archive}` });
      await assert.rejects(ask(), (error: unknown) => error instanceof ResponseError && /container aaaaaaaaaaaa is not one/.test(error.message));
      await assert.rejects(
        server.connection.sendRequest(CONTAINER_CHANGES_REQUEST, { textDocument: { uri }, containerId: 42 }),
        (error: unknown) => error instanceof ResponseError && !error.message.includes('\n'),
      );
    });

    it('leaves the wasted-bytes diagnostic out when layerwise.rules turns it off, sizes still shown', async () => {
      const off = await startServer({ rules: { 'image-wasted-bytes': 'off' } });
      try {
        const uri = pathToFileURL(path.join(dir, 'Off.Dockerfile')).toString();
        const opened = off.diagnostics(uri);
        off.open(uri, text);
        await opened;
        const republished = off.diagnostics(uri);
        await off.connection.sendRequest(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: archive });
        assert.deepEqual(imageDiagnostics(await republished), []);
        const lenses = await resolvedCodeLenses(off, uri);
        assert.equal(lenses[2].command?.title, 'layer 1 of 3 · 300 kB');
      } finally {
        await off.stop();
      }
    });
  });
}
