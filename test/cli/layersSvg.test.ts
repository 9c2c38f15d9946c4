import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/cli';

describe('layerwise layers --format svg', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-svg-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20 AS build\r\nRUN echo hi > /a\r\nFROM scratch\r\nCOPY --from=build /a /a\r\nCMD ["/a"]\r\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a standalone SVG of the stacks with its colours embedded', () => {
    const r = runCli(['layers', '--format', 'svg', path.join(dir, 'Dockerfile')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
    assert.match(r.stdout, /<\/svg>\n$/);
    assert.match(r.stdout, /<style>[^<]*\.lw-layer|<style>[^<]*fill:#/);
    assert.equal(r.stdout.match(/class="lw-nav lw-block lw-layer"/g)?.length, 2);
    assert.equal(r.stdout.match(/class="lw-container"/g)?.length, 2);
    assert.match(r.stdout, />Dockerfile<\/text>/);
    assert.match(r.stdout, /COPY --from=build \/a \/a/);
  });

  it('honours --target and reads stdin', () => {
    const r = runCli(['layers', '--format', 'svg', '--target', 'build', '-'], 'FROM alpine AS build\nRUN a\nRUN b\nFROM scratch\n');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /class="lw-stage lw-target" data-stage="0"/);
    assert.match(r.stdout, /Dockerfile \(stdin\)/);
  });

  it('refuses an unknown format with exit 2 and one line', () => {
    const r = runCli(['layers', '--format', 'pdf', path.join(dir, 'Dockerfile')]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /unknown --format "pdf"/);
  });
});
