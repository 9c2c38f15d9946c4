import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LayerModel } from '../../server/src/protocol';
import { runCli } from '../support/cli';

describe('layerwise CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-cli-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20 AS build\nRUN echo hi > /a\nFROM scratch\nCOPY --from=build /a /a\n');
    fs.writeFileSync(path.join(dir, 'bad.Dockerfile'), 'FROM alpine:3.20\nRUNN echo\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('layers', () => {
    it('prints the LayerModel as JSON', () => {
      const r = runCli(['layers', '--json', path.join(dir, 'Dockerfile')]);
      assert.equal(r.status, 0, r.stderr);
      const model = JSON.parse(r.stdout) as LayerModel;
      assert.deepEqual(model.finalImage, { stage: 1, layerCount: 1, baseLayers: 0 });
      assert.deepEqual(model.stages[1].instructions[1], { keyword: 'COPY', line: 3, effect: 'layer', layerIndex: 0, endLine: 3, text: 'COPY --from=build /a /a', fromStage: 0 });
    });

    it('prints a readable stack, honouring --target', () => {
      const r = runCli(['layers', '--target', 'build', path.join(dir, 'Dockerfile')]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Stage build — FROM alpine:3.20 \(target\): 1 own layer/);
      assert.match(r.stdout, /\[ 1\] line 2: RUN echo hi > \/a/);
      assert.match(r.stdout, /Final image \(stage build\): 1 layer/);
    });

    it('reads stdin for -', () => {
      const r = runCli(['layers', '--json', '-'], 'FROM scratch\nCOPY a /a\nCOPY b /b\n');
      assert.equal((JSON.parse(r.stdout) as LayerModel).finalImage.layerCount, 2);
    });
  });

  describe('lint', () => {
    it('exits 0 on a clean file and 1 with findings', () => {
      assert.equal(runCli(['lint', path.join(dir, 'Dockerfile')]).status, 0);
      const r = runCli(['lint', path.join(dir, 'bad.Dockerfile')]);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /bad\.Dockerfile:2:1: error unknown-instruction \(UNKNOWN_INSTRUCTION\): .*did you mean RUN/);
    });

    it('prints JSON of DESIGN.md §3', () => {
      const r = runCli(['lint', '--format', 'json', '-'], 'FROM alpine:3.20\nCOPY x\n');
      assert.equal(r.status, 1);
      assert.deepEqual(JSON.parse(r.stdout), [{
        file: '-',
        diagnostics: [{ code: 'missing-arguments', aliases: [], severity: 'error', message: 'COPY needs a source and a destination (COPY <src>... <dest>).', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, fixable: false }],
      }]);
    });

    it('lints the Dockerfiles of a folder', () => {
      const r = runCli(['lint', '--format', 'json', dir]);
      assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => path.basename(f.file)), ['bad.Dockerfile', 'Dockerfile']);
    });

    it('exits 2 with one line for a missing file, a bad option or an unknown command', () => {
      for (const args of [['lint', path.join(dir, 'nope')], ['lint', '--format', 'xml', '-'], ['frobnicate'], ['layers']]) {
        const r = runCli(args, '');
        assert.equal(r.status, 2, args.join(' '));
        assert.ok(r.stderr.trim().length > 0 && !/\n\s+at /.test(r.stderr), r.stderr);
      }
    });

    it('reports binary input clearly instead of crashing', () => {
      const r = runCli(['lint', '--format', 'json', '-'], '\u0000\u0001ELF\u0000\u0002garbage');
      assert.equal(r.status, 1);
      const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }[])[0].diagnostics.map((d) => d.code);
      assert.ok(codes.includes('binary-content'), codes.join());
    });
  });
});
