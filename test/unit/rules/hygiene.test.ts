import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { assertFindings, assertFix, assertNoFix, findingsOf } from './assertRules';

describe('rules: shell and instruction hygiene (§2.6)', () => {
  describe('use-workdir-not-cd', () => {
    it('flags a RUN that starts with cd /absolute', () => {
      assertFindings('FROM a:1\nRUN cd /app && make\n', 'use-workdir-not-cd', ['use-workdir-not-cd@2:5 DL3003']);
    });
    it('is silent in subshells, after other commands, and when the dir is left or removed (§2b)', () => {
      assertFindings('FROM a:1\nRUN (cd /src && make)\n', 'use-workdir-not-cd', []);
      assertFindings('FROM a:1\nRUN make && cd /x\n', 'use-workdir-not-cd', []);
      assertFindings('FROM a:1\nRUN cd /tmp/b && make && cd / && rm -rf /tmp/b\n', 'use-workdir-not-cd', []);
      assertFindings('FROM a:1\nRUN cd src && make\n', 'use-workdir-not-cd', []);
    });
  });

  describe('no-sudo', () => {
    it('flags sudo as a wrapper', () => {
      assertFindings('FROM a:1\nRUN sudo apt-get update\n', 'no-sudo', ['no-sudo@2:5 DL3004']);
    });
    it('is silent when sudo is only a package name', () => {
      assertFindings('FROM a:1\nRUN apt-get install -y sudo\n', 'no-sudo', []);
    });
  });

  describe('pointless-command', () => {
    it('flags commands that have no effect on a layer', () => {
      assertFindings('FROM a:1\nRUN service nginx start && vim x\n', 'pointless-command', ['pointless-command@2:5 DL3001', 'pointless-command@2:28 DL3001']);
    });
    it('is silent when the words are arguments', () => {
      assertFindings('FROM a:1\nRUN apt-get install -y vim openssh-client ssh\n', 'pointless-command', []);
    });
  });

  describe('missing-pipefail', () => {
    it('flags a pipe and inserts a SHELL for Debian-family and Alpine bases', () => {
      assertFindings('FROM debian:12\nRUN curl -fsSL https://x | sh\n', 'missing-pipefail', ['missing-pipefail@2:5 DL4006']);
      assertFix('FROM debian:12\nRUN curl -fsSL https://x | sh\n', 'missing-pipefail', 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | sh\n');
      assertFix('FROM node:22-alpine\nRUN wget -qO- https://x | tar x\n', 'missing-pipefail', 'FROM node:22-alpine\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x | tar x\n');
    });
    it('offers no fix for unknown bases', () => {
      assertNoFix('FROM example/custom:1\nRUN a | b\n', 'missing-pipefail');
    });
    it('is silent with SHELL -o pipefail, set -o pipefail in the script or a bash heredoc (§2b)', () => {
      assertFindings('FROM alpine:3\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN a | b\n', 'missing-pipefail', []);
      assertFindings('FROM debian:12\nRUN set -euxo pipefail; a | b\n', 'missing-pipefail', []);
      assertFindings('FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -o pipefail\na | b\nEOF\n', 'missing-pipefail', []);
      assertFindings('FROM debian:12\nRUN a || b\n', 'missing-pipefail', []);
    });
    it('offers the SHELL fix once per stage', () => {
      const findings = findingsOf('FROM debian:12\nRUN a | b\nRUN c | d\n', 'missing-pipefail');
      assert.deepEqual(findings.map((f) => f.fixes.length), [1, 0]);
    });
  });

  describe('use-shell-instruction', () => {
    it('flags ln to /bin/sh', () => {
      assertFindings('FROM a:1\nRUN ln -sf /bin/bash /bin/sh\n', 'use-shell-instruction', ['use-shell-instruction@2:5 DL4005']);
    });
    it('is silent for other links', () => {
      assertFindings('FROM a:1\nRUN ln -s /bin/sh /usr/local/bin/sh\n', 'use-shell-instruction', []);
    });
  });

  describe('wget-and-curl', () => {
    it('flags the second tool in a stage, with the first as related', () => {
      const [finding] = assertFindings('FROM a:1\nRUN curl -o x u\nRUN wget u\n', 'wget-and-curl', ['wget-and-curl@3:5 DL4001']);
      assert.equal(finding.related.length, 1);
    });
    it('is silent across stages', () => {
      assertFindings('FROM a:1\nRUN curl -o x u\nFROM b:1\nRUN wget u\n', 'wget-and-curl', []);
    });
  });

  describe('wget-progress', () => {
    it('adds --progress=dot:giga', () => {
      assertFix('FROM a:1\nRUN wget https://x/y.tgz\n', 'wget-progress', 'FROM a:1\nRUN wget --progress=dot:giga https://x/y.tgz\n');
    });
    it('is silent with -q, -nv, -O- with q, or --progress', () => {
      assertFindings('FROM a:1\nRUN wget -q u && wget -nv u && wget -qO- u && wget --progress=bar u\n', 'wget-progress', []);
    });
  });

  describe('useradd-no-log-init', () => {
    it('adds -l for large UIDs', () => {
      assertFix('FROM a:1\nRUN useradd -u 1000000 app\n', 'useradd-no-log-init', 'FROM a:1\nRUN useradd -l -u 1000000 app\n');
    });
    it('is silent for small UIDs or with --no-log-init', () => {
      assertFindings('FROM a:1\nRUN useradd -u 1000 app && useradd --no-log-init --uid=2000000 b\n', 'useradd-no-log-init', []);
    });
  });

  describe('prefer-copy-over-add', () => {
    it('changes ADD to COPY keeping its case', () => {
      assertFix('FROM a:1\nADD app.py /app/\nadd conf /etc/\n', 'prefer-copy-over-add', 'FROM a:1\nCOPY app.py /app/\ncopy conf /etc/\n');
    });
    it('is silent for URLs, archives, git and ADD-only flags', () => {
      assertFindings('FROM a:1\nADD https://x/y /y\nADD rootfs.tar.xz /\nADD git@github.com:a/b.git /b\nADD --checksum=sha256:0 f /f\nADD $SRC /x\n', 'prefer-copy-over-add', []);
    });
  });

  describe('copy-then-extract', () => {
    it('flags a COPYed archive unpacked later, with the RUN related', () => {
      const [finding] = assertFindings('FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz -C /app\n', 'copy-then-extract', ['copy-then-extract@2:6 DL3010']);
      assert.equal(finding.related.length, 1);
    });
    it('is silent when the archive is not unpacked', () => {
      assertFindings('FROM a:1\nCOPY app.tar.gz /srv/\nRUN ls /srv\n', 'copy-then-extract', []);
    });
  });

  describe('copy-root-filesystem', () => {
    it('flags COPY --from=stage / /', () => {
      assertFindings('FROM debian:12 AS b\nRUN make\nFROM debian:12\nCOPY --from=b / /\n', 'copy-root-filesystem', ['copy-root-filesystem@4:1 DL3067']);
    });
    it('is silent for scratch stages, external helper images and sub-paths', () => {
      assertFindings('FROM scratch AS files\nCOPY x /x\nFROM debian:12\nCOPY --from=files / /\nCOPY --from=tonistiigi/xx / /\nCOPY --from=files /x /x\n', 'copy-root-filesystem', []);
    });
  });

  describe('last-user-root', () => {
    it('flags USER root in the target stage', () => {
      assertFindings('FROM a:1\nUSER app\nUSER root\n', 'last-user-root', ['last-user-root@3:1 DL3002']);
      assertFindings('FROM a:1 AS base\nUSER 0:0\nFROM base\nRUN x\n', 'last-user-root', ['last-user-root@2:1 DL3002']);
    });
    it('is silent in build stages and when the last USER is not root (§2b)', () => {
      assertFindings('FROM a:1 AS build\nUSER root\nFROM b:1\nUSER app\n', 'last-user-root', []);
      assertFindings('FROM a:1\nUSER root\nRUN x\nUSER 1000\n', 'last-user-root', []);
    });
  });

  describe('user-non-numeric', () => {
    it('flags a user name in the target stage', () => {
      assertFindings('FROM a:1\nUSER app:app\n', 'user-non-numeric', ['user-non-numeric@2:6 DL3066']);
    });
    it('is silent for UIDs, ARG values and build stages (§2b)', () => {
      assertFindings('FROM a:1 AS b\nUSER app\nFROM a:1\nARG U=1\nUSER $U\n', 'user-non-numeric', []);
      assertFindings('FROM a:1\nUSER 1000:1000\n', 'user-non-numeric', []);
    });
  });

  describe('label-key-invalid', () => {
    it('flags bad characters and reserved namespaces', () => {
      assertFindings('FROM a:1\nLABEL Version=1 com.docker.x=2 ok.key=3\n', 'label-key-invalid', ['label-key-invalid@2:7 DL3048', 'label-key-invalid@2:17 DL3048']);
    });
    it('is silent for reverse-DNS keys', () => {
      assertFindings('FROM a:1\nLABEL org.opencontainers.image.title="x" maintainer=me\n', 'label-key-invalid', []);
    });
  });

  describe('label-schema (on with a configured schema)', () => {
    const hadolint = (labelSchema: Record<string, string> | null, strictLabels = false) => ({
      hadolint: {
        ignored: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: null, labelSchema, strictLabels,
        disableIgnorePragma: false, failureThreshold: null, noFail: false, format: null,
      },
    });
    const schema = { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.version': 'semver', 'org.opencontainers.image.revision': 'hash' };
    it('flags malformed, empty, superfluous and missing labels with the fitting DL code', () => {
      assertFindings('FROM a:1\nLABEL org.opencontainers.image.source=github org.opencontainers.image.version="" x=1\n', 'label-schema', [
        'label-schema@1:1 DL3049',
        'label-schema@2:39 DL3052',
        'label-schema@2:79 DL3051',
        'label-schema@2:82 DL3050',
      ], hadolint(schema, true));
    });
    it('is silent for valid labels, $ values, and without a schema', () => {
      const good = 'FROM a:1\nLABEL org.opencontainers.image.source=https://github.com/o/r org.opencontainers.image.version=1.2.3 org.opencontainers.image.revision=$REV\n';
      assertFindings(good, 'label-schema', [], hadolint(schema));
      assertFindings('FROM a:1\nLABEL anything=1\n', 'label-schema', [], hadolint(null));
    });
  });

  describe('missing-healthcheck (off by default)', () => {
    it('flags a target without HEALTHCHECK when enabled', () => {
      assertFindings('FROM a:1\nCMD ["x"]\n', 'missing-healthcheck', ['missing-healthcheck@1:1 DL3057']);
    });
    it('is silent with a HEALTHCHECK in the chain', () => {
      assertFindings('FROM a:1 AS base\nHEALTHCHECK CMD true\nFROM base\n', 'missing-healthcheck', []);
    });
  });
});
