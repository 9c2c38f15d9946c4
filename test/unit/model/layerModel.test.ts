import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import type { LayerModel } from '../../../server/src/protocol';

function model(text: string, target?: string): LayerModel {
  return analyze(text, { target }).layerModel;
}

/** `KEYWORD:effect[:layerIndex]` per instruction of a stage, e.g. `RUN:layer:0`. */
function effects(text: string, stage = 0): string[] {
  return model(text).stages[stage].instructions.map((i) => `${i.keyword}:${i.effect}${i.layerIndex === null ? '' : `:${i.layerIndex}`}`);
}

for (const eol of ['\n', '\r\n']) {
  const lines = (...l: string[]) => l.join(eol) + eol;
  describe(`layer model (${JSON.stringify(eol)})`, () => {
    it('RUN, COPY and ADD each make one layer', () => {
      assert.deepEqual(effects(lines('FROM alpine:3.20', 'RUN apk add curl', 'COPY a /a', 'ADD b.tar /b')),
        ['FROM:stage', 'RUN:layer:0', 'COPY:layer:1', 'ADD:layer:2']);
    });

    it('config instructions make no layer', () => {
      const text = lines('FROM alpine', 'ENV A=1', 'ARG B', 'LABEL x=y', 'EXPOSE 80', 'USER app', 'VOLUME /data', 'CMD ["sh"]',
        'ENTRYPOINT ["tini"]', 'HEALTHCHECK NONE', 'SHELL ["/bin/sh", "-c"]', 'STOPSIGNAL SIGTERM', 'ONBUILD RUN x', 'MAINTAINER me');
      assert.deepEqual(effects(text).slice(1).filter((e) => !e.endsWith(':metadata')), []);
      assert.equal(model(text).stages[0].layerCount, 0);
    });

    it('WORKDIR makes a layer, except WORKDIR /', () => {
      assert.deepEqual(effects(lines('FROM alpine', 'WORKDIR /app', 'WORKDIR /')), ['FROM:stage', 'WORKDIR:layer:0', 'WORKDIR:metadata']);
    });

    it('RUN that only deletes files is still a layer', () => {
      assert.deepEqual(effects(lines('FROM alpine', 'RUN rm -rf /tmp/*')), ['FROM:stage', 'RUN:layer:0']);
    });

    it('scratch has no base layers; a registry image is unknown', () => {
      const m = model(lines('FROM scratch', 'COPY app /', 'FROM node:20'));
      assert.equal(m.stages[0].baseLayers, 0);
      assert.equal(m.stages[1].baseLayers, null);
    });

    it('a stage used as base inherits its layers, transitively', () => {
      const m = model(lines('FROM scratch AS a', 'COPY x /x', 'RUN y', 'FROM a AS b', 'RUN z', 'FROM b', 'RUN w', 'COPY v /v'));
      assert.deepEqual(m.stages.map((s) => [s.inheritedLayers, s.layerCount, s.baseLayers, s.baseStage]), [[0, 2, 0, null], [2, 1, 0, 0], [3, 2, 0, 1]]);
      assert.deepEqual(m.finalImage, { stage: 2, layerCount: 5, baseLayers: 0 });
      assert.deepEqual(m.stages[2].instructions.map((i) => i.layerIndex), [null, 3, 4]);
      assert.deepEqual(m.stages.map((s) => s.ships), [true, true, true]);
    });

    it('stage names match case-insensitively and through global ARGs', () => {
      const m = model(lines('ARG BASE=Builder', 'FROM alpine AS builder', 'RUN x', 'FROM ${BASE}', 'RUN y'));
      assert.equal(m.stages[1].baseStage, 0);
      assert.equal(m.stages[1].inheritedLayers, 1);
    });

    it('only the target and its bases ship; COPY --from names its stage', () => {
      const m = model(lines('FROM golang:1.22 AS build', 'RUN go build -o /app', 'FROM scratch', 'COPY --from=build /app /app', 'COPY --from=0 /x /x', 'COPY --from=nginx:1 /y /y'));
      assert.deepEqual(m.stages.map((s) => [s.isFinal, s.ships]), [[false, false], [true, true]]);
      const copies = m.stages[1].instructions.slice(1);
      assert.deepEqual(copies.map((c) => [c.fromStage, c.fromImage]), [[0, undefined], [0, undefined], [undefined, 'nginx:1']]);
      assert.deepEqual(m.finalImage, { stage: 1, layerCount: 3, baseLayers: 0 });
    });

    it('--target picks the shipped stage; an unknown target falls back to the last', () => {
      const text = lines('FROM alpine AS dev', 'RUN a', 'FROM alpine AS prod', 'RUN b', 'RUN c');
      assert.equal(model(text, 'DEV').finalImage.stage, 0);
      assert.equal(model(text, 'dev').finalImage.layerCount, 1);
      const missing = model(text, 'nope');
      assert.equal(missing.finalImage.stage, 1);
      assert.equal(missing.targetNotFound, 'nope');
    });

    it('COPY --link and RUN --mount are recorded', () => {
      const m = model(lines('FROM alpine AS deps', 'FROM alpine', 'COPY --link a /a', 'RUN --mount=type=cache,target=/root/.cache --mount=from=deps,target=/d make'));
      const [, copy, run] = m.stages[1].instructions;
      assert.equal(copy.link, true);
      assert.deepEqual(run.mounts, ['cache', 'bind']);
      assert.equal(run.fromStage, 0);
      assert.equal(run.effect, 'layer');
    });

    it('ONBUILD triggers of a base stage run as layers of the stage built on it', () => {
      const m = model(lines('FROM alpine AS base', 'ONBUILD COPY . /src', 'ONBUILD RUN make', 'FROM base', 'CMD ["x"]'));
      assert.equal(m.stages[0].layerCount, 0);
      const derived = m.stages[1].instructions;
      assert.deepEqual(derived.map((i) => [i.keyword, i.effect, i.layerIndex, i.onbuildLine]), [
        ['FROM', 'stage', null, undefined], ['COPY', 'layer', 0, 1], ['RUN', 'layer', 1, 2], ['CMD', 'metadata', null, undefined],
      ]);
    });

    it('reports lines 0-based, with continuations and heredocs in endLine', () => {
      const m = model(lines('# syntax=docker/dockerfile:1', 'FROM alpine', 'RUN a \\', '  && b', 'RUN <<EOF', 'echo hi', 'EOF', 'CMD x'));
      assert.deepEqual(m.stages[0].instructions.map((i) => [i.line, i.endLine]), [[1, 1], [2, 3], [4, 6], [7, 7]]);
      assert.deepEqual([m.stages[0].line, m.stages[0].endLine], [1, 7]);
    });

    it('a file without FROM has no stages', () => {
      assert.deepEqual(model(lines('ARG A=1')).finalImage, { stage: -1, layerCount: 0, baseLayers: null });
    });
  });
}
