import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { assertFindings, assertFix, assertNoFix, findingsOf } from './assertRules';

describe('rules: layer-aware (§2.7)', () => {
  describe('merge-consecutive-runs', () => {
    it('flags the second of two short adjacent RUNs in a shipped stage', () => {
      const [finding] = assertFindings('FROM a:1\nRUN a\n# why\nRUN b\n', 'merge-consecutive-runs', ['merge-consecutive-runs@4:1 DL3059']);
      assert.match(finding.message, /layer 1 and layer 2/);
      assert.equal(finding.related.length, 1);
    });
    it('joins them with && and a continuation, keeping the escape character', () => {
      assertFix('FROM a:1\nRUN a\nRUN b && c\n', 'merge-consecutive-runs', 'FROM a:1\nRUN a && \\\n    b && c\n');
      assertFix('# escape=`\nFROM a:1\nRUN a\nRUN b\nRUN c\n', 'merge-consecutive-runs', '# escape=`\nFROM a:1\nRUN a && `\n    b && `\n    c\n');
    });
    it('offers no join when a comment lies between or the second RUN uses ; or ||', () => {
      assertNoFix('FROM a:1\nRUN a\n# keep\nRUN b\n', 'merge-consecutive-runs');
      assertNoFix('FROM a:1\nRUN a\nRUN b || true\n', 'merge-consecutive-runs');
    });
    it('is silent for different flags, long chains, build stages and exec form (§2b)', () => {
      assertFindings('FROM a:1\nRUN a\nRUN --mount=type=cache,target=/c b\n', 'merge-consecutive-runs', []);
      assertFindings('FROM a:1\nRUN a && b && c\nRUN d\n', 'merge-consecutive-runs', []);
      assertFindings('FROM a:1 AS build\nRUN a\nRUN b\nFROM a:1\nCOPY --from=build /x /x\n', 'merge-consecutive-runs', []);
      assertFindings('FROM a:1\nRUN ["a"]\nRUN b\n', 'merge-consecutive-runs', []);
    });
  });

  describe('cleanup-in-later-layer', () => {
    it('flags a RUN that only deletes what an earlier RUN created, naming both layers', () => {
      const [finding] = assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n', 'cleanup-in-later-layer', ['cleanup-in-later-layer@3:1']);
      assert.match(finding.message, /stays in layer 1/);
      assert.equal(finding.related.length, 1);
    });
    it('moves the cleanup into the creating RUN and deletes the later one', () => {
      assertFix('FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get clean && \\\n    rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n', 'cleanup-in-later-layer', 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n');
      assertFix('FROM python:3\nRUN pip install x==1\nRUN rm -rf /root/.cache/pip\n', 'cleanup-in-later-layer', 'FROM python:3\nRUN pip install x==1 && rm -rf /root/.cache/pip\n');
    });
    it('is silent when the creating RUN already cleaned, with other work in the RUN, or without a creator', () => {
      assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\n', 'cleanup-in-later-layer', []);
      assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y x\nRUN make && rm -rf /var/lib/apt/lists/*\n', 'cleanup-in-later-layer', []);
      assertFindings('FROM debian:12\nRUN rm -rf /tmp/*\n', 'cleanup-in-later-layer', []);
    });
  });

  describe('delete-file-from-earlier-layer', () => {
    it('flags rm of a COPY destination, with the COPY as related', () => {
      const [finding] = assertFindings('FROM a:1\nCOPY big.bin /opt/\nRUN /opt/big.bin --install && rm /opt/big.bin\n', 'delete-file-from-earlier-layer', ['delete-file-from-earlier-layer@3:34']);
      assert.match(finding.message, /stays in layer 1/);
      assert.equal(finding.related[0].span.start, 'FROM a:1\nCOPY '.length);
    });
    it('follows WORKDIR and downloads of earlier RUNs', () => {
      assertFindings('FROM a:1\nWORKDIR /w\nRUN curl -o x.tgz https://x\nRUN tar xzf x.tgz && rm x.tgz\n', 'delete-file-from-earlier-layer', ['delete-file-from-earlier-layer@4:25']);
    });
    it('is silent for same-RUN cleanup, unrelated paths and build stages', () => {
      assertFindings('FROM a:1\nRUN curl -o /tmp/x https://x && rm /tmp/x\nRUN rm -rf /tmp/*\n', 'delete-file-from-earlier-layer', []);
      assertFindings('FROM a:1\nCOPY a /a\nRUN rm -rf /b\n', 'delete-file-from-earlier-layer', []);
      assertFindings('FROM a:1 AS b\nCOPY a /a\nRUN rm /a\nFROM a:1\nCOPY --from=b /x /x\n', 'delete-file-from-earlier-layer', []);
    });
  });

  describe('secret-file-in-layer', () => {
    it('flags credential-looking sources, and the later deletion as related', () => {
      const [finding] = assertFindings('FROM a:1\nCOPY .npmrc /root/.npmrc\nRUN npm ci && rm /root/.npmrc\n', 'secret-file-in-layer', ['secret-file-in-layer@2:6']);
      assert.match(finding.message, /does not help/);
      assert.equal(finding.related.length, 1);
      assertFindings('FROM a:1\nCOPY certs/server.key keys/id_ed25519 /etc/x/\n', 'secret-file-in-layer', ['secret-file-in-layer@2:6', 'secret-file-in-layer@2:23']);
    });
    it('is silent for public keys, env examples and build stages', () => {
      assertFindings('FROM a:1\nCOPY id_rsa.pub .env.example /x/\n', 'secret-file-in-layer', []);
      assertFindings('FROM a:1 AS b\nCOPY .npmrc /r/\nFROM a:1\nCOPY --from=b /out /out\n', 'secret-file-in-layer', []);
    });
  });

  describe('copy-all-before-deps', () => {
    it('flags COPY . before a dependency install', () => {
      const [finding] = assertFindings('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', 'copy-all-before-deps', ['copy-all-before-deps@3:1']);
      assert.equal(finding.related.length, 1);
      assertFindings('FROM python:3\nCOPY . /src\nRUN pip install -r /src/requirements.txt\n', 'copy-all-before-deps', ['copy-all-before-deps@2:1']);
    });
    it('is silent when manifests are copied and installed first', () => {
      assertFindings('FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n', 'copy-all-before-deps', []);
    });
  });

  describe('chmod-chown-after-copy', () => {
    it('flags a chown RUN after the COPY it touches and moves it into --chown', () => {
      assertFindings('FROM a:1\nCOPY app /app\nRUN chown -R app:app /app\n', 'chmod-chown-after-copy', ['chmod-chown-after-copy@3:1']);
      assertFix('FROM a:1\nCOPY app /app\nRUN chown -R app:app /app\nCMD ["x"]\n', 'chmod-chown-after-copy', 'FROM a:1\nCOPY --chown=app:app app /app\nCMD ["x"]\n');
      assertFix('FROM a:1\nCOPY run.sh /usr/local/bin/run.sh\nRUN chmod 755 /usr/local/bin/run.sh\n', 'chmod-chown-after-copy', 'FROM a:1\nCOPY --chmod=755 run.sh /usr/local/bin/run.sh\n');
    });
    it('offers no fix for symbolic modes or two commands', () => {
      assertNoFix('FROM a:1\nCOPY x /x\nRUN chmod +x /x\n', 'chmod-chown-after-copy');
      assertNoFix('FROM a:1\nCOPY x /x\nRUN chmod 755 /x && chown app /x\n', 'chmod-chown-after-copy');
    });
    it('is silent for other paths, other commands, or a non-adjacent COPY', () => {
      assertFindings('FROM a:1\nCOPY x /x\nRUN chown app /var/log\n', 'chmod-chown-after-copy', []);
      assertFindings('FROM a:1\nCOPY x /x\nRUN make && chown app /x\n', 'chmod-chown-after-copy', []);
      assertFindings('FROM a:1\nCOPY x /x\nENV A=1\nWORKDIR /w\nRUN chown app /x\n', 'chmod-chown-after-copy', []);
    });
  });

  describe('apt-update-alone', () => {
    it('flags an update whose index a later RUN installs from, and merges when adjacent', () => {
      const [finding] = assertFindings('FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', 'apt-update-alone', ['apt-update-alone@2:5']);
      assert.equal(finding.related.length, 1);
      assertFix('FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', 'apt-update-alone', 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\n');
      assertNoFix('FROM alpine:3\nRUN apk update\nCOPY x /x\nRUN apk add curl\n', 'apt-update-alone');
    });
    it('is silent when update and install share a RUN, or the later RUN updates itself', () => {
      assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y x\n', 'apt-update-alone', []);
      assertFindings('FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y x\n', 'apt-update-alone', []);
    });
  });

  describe('remote-add', () => {
    it('flags ADD of a URL', () => {
      assertFindings('FROM a:1\nADD https://x/y.tgz /tmp/\n', 'remote-add', ['remote-add@2:5']);
    });
    it('is silent for local sources', () => {
      assertFindings('FROM a:1\nADD rootfs.tar.gz /\n', 'remote-add', []);
    });
  });

  describe('missing-dockerignore', () => {
    const buildContext = { entries: ['.git', 'node_modules', 'src'], dockerignorePath: '/w/.dockerignore' };
    it('flags COPY . without .dockerignore and creates one listing what exists', () => {
      const [finding] = assertFindings('FROM node:22\nCOPY . /app\n', 'missing-dockerignore', ['missing-dockerignore@2:1'], { dockerignore: null, buildContext });
      assert.deepEqual(finding.fixes[0].createFile, { path: '/w/.dockerignore', text: '.git\nnode_modules\n' });
      const crlf = findingsOf('FROM node:22\r\nCOPY . /app\r\n', 'missing-dockerignore', { dockerignore: null, buildContext });
      assert.equal(crlf[0].fixes[0].createFile?.text, '.git\r\nnode_modules\r\n');
    });
    it('has no fix when the edge gives no context root', () => {
      assertNoFix('FROM node:22\nCOPY . /app\n', 'missing-dockerignore', { dockerignore: null });
    });
    it('is silent with a .dockerignore, when the context is unknown, or without a whole-context copy', () => {
      assertFindings('FROM node:22\nCOPY . /app\n', 'missing-dockerignore', [], { dockerignore: '.git\n', buildContext });
      assertFindings('FROM node:22\nCOPY . /app\n', 'missing-dockerignore', []);
      assertFindings('FROM node:22\nCOPY src /app\n', 'missing-dockerignore', [], { dockerignore: null, buildContext });
    });
  });

  describe('final-stage-carries-build-tools', () => {
    it('flags a target built on a stage that installs compilers', () => {
      const [finding] = assertFindings('FROM debian:12 AS build\nRUN apt-get install -y build-essential libssl-dev\nFROM build\nCMD ["app"]\n', 'final-stage-carries-build-tools', ['final-stage-carries-build-tools@3:6']);
      assert.equal(finding.related.length, 1);
    });
    it('is silent when the target starts from a fresh image', () => {
      assertFindings('FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /app /app\n', 'final-stage-carries-build-tools', []);
      assertFindings('FROM node:22 AS deps\nRUN npm ci --omit=dev\nFROM deps\n', 'final-stage-carries-build-tools', []);
    });
  });

  describe('redundant-mkdir-before-workdir', () => {
    it('deletes a mkdir RUN right before the same WORKDIR', () => {
      const [finding] = assertFindings('FROM a:1\nRUN mkdir -p /app\nWORKDIR /app\n', 'redundant-mkdir-before-workdir', ['redundant-mkdir-before-workdir@2:1']);
      assert.deepEqual(finding.tags, ['unnecessary']);
      assertFix('FROM a:1\nRUN mkdir -p /app\nWORKDIR /app\n', 'redundant-mkdir-before-workdir', 'FROM a:1\nWORKDIR /app\n');
    });
    it('is silent after USER, for other directories and for mkdir with more work', () => {
      assertFindings('FROM a:1\nUSER app\nRUN mkdir -p /app\nWORKDIR /app\n', 'redundant-mkdir-before-workdir', []);
      assertFindings('FROM a:1\nRUN mkdir -p /data\nWORKDIR /app\n', 'redundant-mkdir-before-workdir', []);
      assertFindings('FROM a:1\nRUN mkdir -p /app && chown app /app\nWORKDIR /app\n', 'redundant-mkdir-before-workdir', []);
    });
  });

  describe('too-many-layers', () => {
    it('flags a target with more than 100 own layers', () => {
      assertFindings(`FROM a:1\n${'RUN x\n'.repeat(101)}`, 'too-many-layers', ['too-many-layers@1:1']);
    });
    it('is silent at 100', () => {
      assertFindings(`FROM a:1\n${'RUN x\n'.repeat(100)}`, 'too-many-layers', []);
    });
  });
});
