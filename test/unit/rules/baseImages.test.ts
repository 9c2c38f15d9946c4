import { describe, it } from 'mocha';
import type { HadolintConfig } from '../../../server/src/core/rules/hadolintConfig';
import { assertFindings, assertFix } from './assertRules';

const emptyHadolint: HadolintConfig = {
  ignored: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: null, labelSchema: null, strictLabels: false,
  disableIgnorePragma: false, failureThreshold: null, noFail: false, format: null,
};

describe('rules: base images, stages, references (§2.3)', () => {
  describe('image-untagged', () => {
    it('flags an external image without tag or digest', () => {
      assertFindings('FROM debian\nRUN true\n', 'image-untagged', ['image-untagged@1:6 DL3006']);
      assertFindings('FROM ghcr.io/org/tool AS t\n', 'image-untagged', ['image-untagged@1:6 DL3006']);
    });
    it('is silent for tags, digests, scratch, stages and ARG-built references', () => {
      assertFindings('FROM debian:12\nFROM alpine@sha256:abc\nFROM scratch\n', 'image-untagged', []);
      assertFindings('FROM debian:12 AS base\nFROM base\n', 'image-untagged', []);
      assertFindings('ARG IMAGE=debian:12\nFROM ${IMAGE}\n', 'image-untagged', []);
      assertFindings('ARG TARGETARCH\nFROM debian:12 AS base-amd64\nFROM base-${TARGETARCH}\n', 'image-untagged', []);
      assertFindings('FROM localhost:5000/app:1\n', 'image-untagged', []);
    });
    it('resolves ARG defaults before judging', () => {
      assertFindings('ARG IMAGE=debian\nFROM ${IMAGE}\n', 'image-untagged', ['image-untagged@2:6 DL3006']);
    });
  });

  describe('image-latest-tag', () => {
    it('flags :latest without digest', () => {
      assertFindings('FROM node:latest\n', 'image-latest-tag', ['image-latest-tag@1:6 DL3007']);
    });
    it('is silent with a digest or another tag', () => {
      assertFindings('FROM node:latest@sha256:abc\nFROM node:22\nFROM latest\n', 'image-latest-tag', []);
    });
  });

  describe('untrusted-registry', () => {
    it('is silent unless trustedRegistries is configured', () => {
      assertFindings('FROM quay.io/x/y:1\n', 'untrusted-registry', [], { hadolint: emptyHadolint });
    });
    it('flags registries outside the allow-list, with wildcards and docker.io for Hub names', () => {
      const config = { hadolint: { ...emptyHadolint, trustedRegistries: ['docker.io', '*.gcr.io'] } };
      assertFindings('FROM quay.io/x/y:1\nFROM debian:12\nFROM eu.gcr.io/p/i:1\n', 'untrusted-registry', ['untrusted-registry@1:6 DL3026'], config);
    });
  });

  describe('copy-from-unknown-stage', () => {
    it('suggests a stage within edit distance 2 and fixes the name', () => {
      assertFindings('FROM a:1 AS builder\nFROM b:1\nCOPY --from=biulder /x /x\n', 'copy-from-unknown-stage', ['copy-from-unknown-stage@3:13 DL3022']);
      assertFix('FROM a:1 AS builder\nFROM b:1\nCOPY --from=biulder /x /x\n', 'copy-from-unknown-stage', 'FROM a:1 AS builder\nFROM b:1\nCOPY --from=builder /x /x\n');
    });
    it('reports other names as external images at info level', () => {
      const [finding] = assertFindings('FROM b:1\nCOPY --from=nginx /etc/nginx /etc/nginx\n', 'copy-from-unknown-stage', ['copy-from-unknown-stage@2:13 DL3022']);
      if (finding.severity !== 'info' || !/no tag/.test(finding.message)) throw new Error(finding.message);
    });
    it('is silent for stage names, indexes and $ARG values', () => {
      assertFindings('FROM a:1 AS Build\nFROM b:1\nCOPY --from=build /x /x\nCOPY --from=0 /y /y\nARG SRC\nCOPY --from=$SRC /z /z\n', 'copy-from-unknown-stage', []);
    });
  });

  describe('copy-from-own-stage', () => {
    it('flags COPY --from naming its own stage', () => {
      assertFindings('FROM a:1 AS app\nCOPY --from=app /x /y\n', 'copy-from-own-stage', ['copy-from-own-stage@2:6 DL3023']);
    });
    it('is silent for an earlier stage', () => {
      assertFindings('FROM a:1 AS build\nFROM a:1 AS app\nCOPY --from=build /x /y\n', 'copy-from-own-stage', []);
    });
  });

  describe('copy-relative-dest-without-workdir', () => {
    it('flags a relative destination before any WORKDIR', () => {
      assertFindings('FROM a:1\nCOPY app.py app/\n', 'copy-relative-dest-without-workdir', ['copy-relative-dest-without-workdir@2:13 DL3045']);
    });
    it('is silent after WORKDIR, for absolute, $ and inherited WORKDIR of local stages', () => {
      assertFindings('FROM a:1\nWORKDIR /app\nCOPY x y\n', 'copy-relative-dest-without-workdir', []);
      assertFindings('FROM a:1\nCOPY x /y\nCOPY z $DEST\n', 'copy-relative-dest-without-workdir', []);
      assertFindings('FROM a:1 AS base\nWORKDIR /app\nFROM base\nCOPY x y\n', 'copy-relative-dest-without-workdir', []);
    });
  });

  describe('env-self-reference', () => {
    it('flags a value using a name set earlier in the same ENV', () => {
      assertFindings('FROM a:1\nENV A=1 B=$A\n', 'env-self-reference', ['env-self-reference@2:11 DL3044']);
    });
    it('splits the pair into its own ENV', () => {
      assertFix('FROM a:1\nENV A=1 B=${A}/x\n', 'env-self-reference', 'FROM a:1\nENV A=1\nENV B=${A}/x\n');
      assertFix('FROM a:1\nenv A=1 \\\n    B=$A\n', 'env-self-reference', 'FROM a:1\nenv A=1\nenv B=$A\n');
    });
    it('is silent when the name had an earlier value or is single-quoted', () => {
      assertFindings('FROM a:1\nENV A=0\nENV A=1 B=$A\n', 'env-self-reference', []);
      assertFindings("FROM a:1\nENV A=1 B='$A'\n", 'env-self-reference', []);
      assertFindings('FROM a:1\nENV A=1\nENV B=$A\n', 'env-self-reference', []);
    });
  });
});
