import * as assert from 'node:assert/strict';
import { documentLinks, imagePageUrl } from '../../../server/src/core/features/documentLinks';
import { EOLS, textOf, withCursor } from './cursor';

describe('document links', () => {
  it('maps image references to registry pages', () => {
    assert.equal(imagePageUrl('node:20-alpine'), 'https://hub.docker.com/_/node');
    assert.equal(imagePageUrl('library/ubuntu@sha256:abc'), 'https://hub.docker.com/_/ubuntu');
    assert.equal(imagePageUrl('bitnami/redis:7'), 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(imagePageUrl('docker.io/grafana/grafana'), 'https://hub.docker.com/r/grafana/grafana');
    assert.equal(imagePageUrl('ghcr.io/owner/tool:1'), 'https://ghcr.io/owner/tool');
    assert.equal(imagePageUrl('quay.io/prometheus/node-exporter'), 'https://quay.io/repository/prometheus/node-exporter');
    assert.equal(imagePageUrl('mcr.microsoft.com/dotnet/sdk:8.0'), 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk');
    assert.equal(imagePageUrl('gcr.io/distroless/static'), 'https://console.cloud.google.com/gcr/images/distroless/global/static');
    assert.equal(imagePageUrl('localhost:5000/x'), null);
    assert.equal(imagePageUrl('$BASE'), null);
  });

  for (const eol of EOLS) {
    it(`links FROM images, COPY --from images and # syntax, not stages (${JSON.stringify(eol)})`, () => {
      const { analysis, text } = withCursor('# syntax=docker/dockerfile:1\nARG BASE=debian:12\nFROM $BASE AS build\nFROM build\nCOPY --from=build /a /b\nCOPY --from=nginx:1 /etc/nginx /x\nFROM scratch|\n', eol);
      assert.deepEqual(documentLinks(analysis).map((l) => `${textOf(text, l.span)} ${l.url}`), [
        'docker/dockerfile:1 https://hub.docker.com/r/docker/dockerfile',
        '$BASE https://hub.docker.com/_/debian',
        'nginx:1 https://hub.docker.com/_/nginx',
      ]);
    });
  }
});
