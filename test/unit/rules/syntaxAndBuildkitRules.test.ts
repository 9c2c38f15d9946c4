/**
 * RULES.md §2.1 and §2.2: per rule a firing case, a near miss, and each fix applied as text, then applied
 * again (idempotent), with `\n` and `\r\n`.
 */
import * as assert from 'node:assert/strict';
import { SYNTAX_AND_BUILDKIT_RULES } from '../../../server/src/core/rules/registry';
import type { LintConfig } from '../../../server/src/core/rules';
import { assertFix, EOLS, lines, ruleFindings } from './helpers';

interface RuleCases {
  /** Each text (lines) gives at least one finding of the rule. */
  readonly fires: readonly (readonly string[])[];
  /** Near misses: the rule stays silent. */
  readonly silent: readonly (readonly string[])[];
  /** [before, after] line lists: the preferred fixes turn one into the other. */
  readonly fixes?: readonly (readonly [readonly string[], readonly string[]])[];
  /** Lint configuration for every case of the rule. */
  readonly config?: LintConfig;
}

export const CASES: Record<string, RuleCases> = {
  'unknown-instruction': {
    fires: [['FROM alpine', 'RUNN echo hi']],
    silent: [['FROM alpine', 'run echo hi']],
    fixes: [[['FROM alpine', 'RUNN echo hi', 'coppy a /a'], ['FROM alpine', 'RUN echo hi', 'copy a /a']]],
  },
  'missing-arguments': {
    fires: [['FROM alpine', 'COPY x'], ['FROM alpine', 'WORKDIR']],
    silent: [['FROM alpine', 'COPY x /x', 'COPY <<EOF /y', 'hi', 'EOF']],
  },
  'extra-arguments': {
    fires: [['FROM alpine build'], ['FROM alpine AS a b'], ['FROM alpine', 'USER app admin'], ['FROM alpine', 'HEALTHCHECK NONE CMD true']],
    silent: [['FROM alpine AS build', 'WORKDIR /my dir', 'USER app:app', 'HEALTHCHECK NONE']],
    fixes: [
      [['FROM alpine build'], ['FROM alpine AS build']],
      [['from alpine build'], ['from alpine as build']],
    ],
  },
  'from-as-keyword': {
    fires: [['FROM alpine IS build']],
    silent: [['FROM alpine as build']],
    fixes: [[['FROM alpine IS build', 'RUN true'], ['FROM alpine AS build', 'RUN true']]],
  },
  'invalid-stage-name': {
    fires: [['FROM alpine AS 1st'], ['FROM alpine AS my:stage']],
    silent: [['FROM alpine AS build-1.2_x'], ['FROM alpine AS ${NAME}']],
  },
  'unknown-flag': {
    fires: [['FROM alpine', 'COPY --chmown=1 a /a'], ['FROM alpine', 'RUN --foo=bar true']],
    silent: [['FROM alpine', 'COPY --chown=1 --link a /a', 'RUN --mount=type=cache,target=/c true']],
    fixes: [[['FROM alpine', 'COPY --chmown=1 a /a'], ['FROM alpine', 'COPY --chown=1 a /a']]],
  },
  'duplicate-flag': {
    fires: [['FROM alpine', 'COPY --chown=1 --chown=2 a /a']],
    silent: [['FROM alpine', 'RUN --mount=type=cache,target=/a --mount=type=cache,target=/b true']],
    fixes: [[['FROM alpine', 'COPY --chown=1 --chown=2 a /a'], ['FROM alpine', 'COPY --chown=1 a /a']]],
  },
  'invalid-flag-value': {
    fires: [
      ['FROM alpine', 'COPY --link=maybe a /a'],
      ['FROM alpine', 'COPY --chown= a /a'],
      ['FROM alpine', 'HEALTHCHECK --interval=30 CMD true'],
      ['FROM alpine', 'HEALTHCHECK --timeout=1us CMD true'],
      ['FROM alpine', 'HEALTHCHECK --retries=-1 CMD true'],
      ['FROM alpine', 'COPY --from a /a'],
    ],
    silent: [['FROM alpine', 'COPY --link --parents=false a /a', 'HEALTHCHECK --interval=1m30s --timeout=0 --retries=3 CMD true', 'HEALTHCHECK --interval=$I CMD true']],
  },
  'unterminated-heredoc': {
    fires: [['FROM alpine', 'RUN <<EOF', 'echo hi']],
    silent: [['FROM alpine', 'RUN <<EOF', 'echo hi', 'EOF']],
  },
  'invalid-json-form': {
    fires: [['FROM alpine', "CMD ['echo', 'hi']"]],
    silent: [['FROM alpine', 'CMD ["echo", "hi"]', 'CMD [ -f /x ] && echo', 'RUN [ "${X}" = "true" ] && exit 0; echo', 'RUN [ "$(uname -m)" = "x86_64" ]']],
    fixes: [[['FROM alpine', "CMD ['echo', 'hi']"], ['FROM alpine', 'CMD ["echo", "hi"]']]],
  },
  'empty-continuation-line': {
    fires: [['FROM alpine', 'RUN echo a && \\', '', '    echo b']],
    silent: [['FROM alpine', 'RUN echo a && \\', '# a comment line is fine', '    echo b']],
    fixes: [[['FROM alpine', 'RUN echo a && \\', '', '    echo b'], ['FROM alpine', 'RUN echo a && \\', '    echo b']]],
  },
  'instruction-before-from': {
    fires: [['RUN true', 'FROM alpine'], ['RUN true']],
    silent: [['ARG BASE=alpine', 'FROM $BASE']],
  },
  'invalid-directive': {
    fires: [['# escape=x', 'FROM alpine'], ['# syntax=a', '# syntax=b', 'FROM alpine'], ['# check=skip=A;errors=true', 'FROM alpine'], ['# check=error=maybe', 'FROM alpine']],
    silent: [['# escape=`', '# check=skip=JSONArgsRecommended;error=true', 'FROM alpine']],
    fixes: [[['# syntax=a', '# syntax=b', 'FROM alpine'], ['# syntax=a', 'FROM alpine']]],
  },
  'invalid-onbuild-trigger': {
    fires: [['FROM alpine', 'ONBUILD ONBUILD RUN true'], ['FROM alpine', 'ONBUILD FROM alpine']],
    silent: [['FROM alpine', 'ONBUILD RUN true']],
  },
  'key-value-syntax': {
    fires: [['FROM alpine', 'ENV A=1 B']],
    silent: [['FROM alpine', 'ENV A=1 B=2']],
  },
  'invalid-port': {
    fires: [['FROM alpine', 'EXPOSE 70000'], ['FROM alpine', 'EXPOSE 80/http'], ['FROM alpine', 'ARG P=abc', 'EXPOSE $P']],
    silent: [['FROM alpine', 'EXPOSE 80 443/tcp 53/udp 8000-8010/sctp', 'EXPOSE $UNKNOWN', 'ARG P=8080', 'EXPOSE ${P}']],
  },
  'invalid-image-reference': {
    fires: [['FROM Alpine:3.20'], ['FROM alpine:3.20@sha256:xyz'], ['FROM scratch', 'COPY --from=Bad:tag /a /a']],
    silent: [['FROM registry.Example.com:5000/team/app:v1.0', 'FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'FROM ${BASE}']],
    fixes: [[['FROM Ubuntu:22.04 AS base'], ['FROM ubuntu:22.04 AS base']]],
  },
  'shell-requires-json': {
    fires: [['FROM alpine', 'SHELL /bin/bash -c'], ['FROM alpine', 'SHELL []']],
    silent: [['FROM alpine', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]']],
    fixes: [[['FROM alpine', 'SHELL /bin/bash -c'], ['FROM alpine', 'SHELL ["/bin/bash", "-c"]']]],
  },
  'invalid-healthcheck': {
    fires: [['FROM alpine', 'HEALTHCHECK CMDX true'], ['FROM alpine', 'HEALTHCHECK CMD']],
    silent: [['FROM alpine', 'HEALTHCHECK cmd curl -f http://localhost/', 'HEALTHCHECK NONE']],
  },
  'copy-dest-must-be-dir': {
    fires: [['FROM alpine', 'COPY a b /app'], ['FROM alpine', 'COPY ["a", "b", "/app"]']],
    silent: [['FROM alpine', 'COPY a b /app/', 'COPY a b .', 'COPY a /app', 'COPY a b $DEST', 'COPY *.json /app']],
    fixes: [
      [['FROM alpine', 'COPY a b /app'], ['FROM alpine', 'COPY a b /app/']],
      [['FROM alpine', 'COPY ["a", "b", "/app"]'], ['FROM alpine', 'COPY ["a", "b", "/app/"]']],
    ],
  },
  'binary-content': {
    fires: [['FROM alpine\0']],
    silent: [['FROM alpine']],
  },
  'stage-name-casing': {
    fires: [['FROM alpine AS Build']],
    silent: [['FROM alpine AS build']],
    fixes: [[
      ['FROM alpine AS Build', 'FROM Build AS next', 'COPY --from=BUILD /a /a', 'RUN --mount=type=bind,from=Build,target=/b true'],
      ['FROM alpine AS build', 'FROM build AS next', 'COPY --from=build /a /a', 'RUN --mount=type=bind,from=build,target=/b true'],
    ]],
  },
  'from-as-casing': {
    fires: [['FROM alpine as build'], ['from alpine AS build']],
    silent: [['FROM alpine AS build', 'from alpine as b2', 'From alpine as b3']],
    fixes: [[['FROM alpine as build'], ['FROM alpine AS build']]],
  },
  'instruction-casing': {
    fires: [['FROM alpine', 'Run true'], ['FROM alpine', 'RUN true', 'copy a /a']],
    silent: [['from alpine', 'run true'], ['FROM alpine', 'RUN true']],
    fixes: [
      [['FROM alpine', 'Run true', 'copy a /a', 'RUN x'], ['FROM alpine', 'RUN true', 'COPY a /a', 'RUN x']],
      [['from alpine as a', 'RUN true', 'COPY a /a'], ['FROM alpine AS a', 'RUN true', 'COPY a /a']],
    ],
  },
  'duplicate-stage-name': {
    fires: [['FROM alpine AS build', 'FROM alpine AS BUILD']],
    silent: [['FROM alpine AS build', 'FROM alpine AS build2']],
  },
  'reserved-stage-name': {
    fires: [['FROM alpine AS scratch'], ['FROM alpine AS Context']],
    silent: [['FROM alpine AS scratch-base']],
  },
  'json-args-recommended': {
    fires: [['FROM alpine', 'CMD npm start'], ['FROM alpine', 'ENTRYPOINT exec node $APP']],
    silent: [['FROM alpine', 'CMD ["npm", "start"]'], ['FROM alpine', 'SHELL ["/bin/bash", "-c"]', 'CMD npm start']],
    fixes: [[['FROM alpine', 'CMD npm start --port=80'], ['FROM alpine', 'CMD ["npm", "start", "--port=80"]']]],
  },
  'maintainer-deprecated': {
    fires: [['FROM alpine', 'MAINTAINER Jane <jane@example.com>']],
    silent: [['FROM alpine', 'LABEL org.opencontainers.image.authors="Jane"']],
    fixes: [[['FROM alpine', 'MAINTAINER Jane "JJ" Doe'], ['FROM alpine', 'LABEL org.opencontainers.image.authors="Jane \\"JJ\\" Doe"']]],
  },
  'undefined-arg-in-from': {
    fires: [['FROM alpine:$TAG']],
    silent: [['ARG TAG=3.20', 'FROM alpine:$TAG', 'FROM --platform=$BUILDPLATFORM alpine:${TAG}']],
    fixes: [[['ARG VERSION=3.20', 'FROM alpine:$VERSON'], ['ARG VERSION=3.20', 'FROM alpine:$VERSION']]],
  },
  'invalid-default-arg-in-from': {
    fires: [['ARG TAG', 'FROM alpine:$TAG'], ['ARG IMAGE', 'FROM $IMAGE']],
    silent: [['ARG TAG=3.20', 'FROM alpine:$TAG'], ['ARG V=1', 'ARG IMAGE=alpine:${V}', 'FROM ${IMAGE}']],
  },
  'workdir-relative-path': {
    fires: [['FROM alpine', 'WORKDIR app']],
    silent: [['FROM alpine', 'WORKDIR /app', 'WORKDIR sub'], ['FROM alpine AS a', 'WORKDIR /app', 'FROM a', 'WORKDIR sub'], ['FROM alpine', 'WORKDIR $HOME/app']],
  },
  'undefined-var': {
    fires: [['FROM scratch', 'COPY app $DEST'], ['FROM alpine', 'ARG VERSION=1', 'LABEL v=$VERSON']],
    silent: [['FROM scratch', 'ARG DEST=/app', 'COPY app $DEST'], ['FROM alpine', 'ENV PATH=$PATH:/x', 'COPY a ${UNSET:-/a}', 'RUN echo $ANYTHING']],
    fixes: [[['FROM alpine', 'ARG VERSION=1', 'LABEL v=$VERSON'], ['FROM alpine', 'ARG VERSION=1', 'LABEL v=$VERSION']]],
  },
  'overridden-instruction': {
    fires: [['FROM alpine', 'CMD ["a"]', 'CMD ["b"]']],
    silent: [['FROM alpine', 'CMD ["a"]', 'FROM alpine', 'CMD ["b"]'], ['FROM alpine', 'ENTRYPOINT ["a"]', 'CMD ["b"]']],
    fixes: [[['FROM alpine', 'CMD ["a"]', 'HEALTHCHECK NONE', 'CMD ["b"]'], ['FROM alpine', 'HEALTHCHECK NONE', 'CMD ["b"]']]],
  },
  'legacy-key-value-format': {
    fires: [['FROM alpine', 'ENV A 1'], ['FROM alpine', 'LABEL x some text']],
    silent: [['FROM alpine', 'ENV A=1 B="x y"']],
    fixes: [
      [['FROM alpine', 'ENV A 1'], ['FROM alpine', 'ENV A=1']],
      [['FROM alpine', 'ENV PATH /usr/local/bin:$PATH'], ['FROM alpine', 'ENV PATH=/usr/local/bin:$PATH']],
      [['FROM alpine', 'LABEL x some text'], ['FROM alpine', 'LABEL x="some text"']],
    ],
  },
  'redundant-target-platform': {
    fires: [['FROM --platform=$TARGETPLATFORM alpine'], ['FROM --platform=${TARGETPLATFORM} alpine']],
    silent: [['FROM --platform=$BUILDPLATFORM alpine']],
    fixes: [[['FROM --platform=$TARGETPLATFORM alpine AS a'], ['FROM alpine AS a']]],
  },
  'secrets-in-arg-or-env': {
    fires: [['FROM alpine', 'ARG GITHUB_TOKEN'], ['FROM alpine', 'ENV DB_PASSWORD=x']],
    silent: [['FROM alpine', 'ENV SSH_AUTH_SOCK=/s', 'ARG GPG_KEY_PATH', 'ARG PUBLIC_KEY', 'ENV MONKEY=1']],
  },
  'from-platform-constant': {
    fires: [['FROM --platform=linux/amd64 alpine']],
    silent: [['FROM --platform=$BUILDPLATFORM alpine'], ['FROM --platform=linux/arm64 alpine AS build-arm64']],
  },
  'expose-proto-casing': {
    fires: [['FROM alpine', 'EXPOSE 80/TCP']],
    silent: [['FROM alpine', 'EXPOSE 80/tcp 53']],
    fixes: [[['FROM alpine', 'EXPOSE 80/TCP 53/Udp'], ['FROM alpine', 'EXPOSE 80/tcp 53/udp']]],
  },
  'expose-invalid-format': {
    fires: [['FROM alpine', 'EXPOSE 127.0.0.1:80:80']],
    silent: [['FROM alpine', 'EXPOSE 80 8080/udp']],
    fixes: [[['FROM alpine', 'EXPOSE 80:8080/udp 127.0.0.1:443:443'], ['FROM alpine', 'EXPOSE 8080/udp 443']]],
  },
  'invalid-run-mount': {
    fires: [['FROM alpine', 'RUN --mount=type=volume,target=/v true'], ['FROM alpine', 'RUN --mount=type=secret,id=k,from=build true'], ['FROM alpine', 'RUN --mount=type=cache,target=/c,sharing=global true'], ['FROM alpine', 'RUN --mount=type=cache,target=/c,colour=red true']],
    silent: [['FROM alpine', 'RUN --mount=type=cache,target=/root/.cache,sharing=locked,mode=0755,uid=1000 --mount=type=secret,id=npm,env=NPM_TOKEN --mount=target=/src,rw true']],
  },
  'misplaced-directive': {
    fires: [['# a header comment', '# syntax=docker/dockerfile:1', 'FROM alpine'], ['FROM alpine', '# check=skip=all', '', 'RUN true']],
    silent: [['# syntax=docker/dockerfile:1', '# a header comment', 'FROM alpine', '# check=skip=JSONArgsRecommended', 'CMD npm start']],
  },
  'directive-casing': {
    fires: [['# SYNTAX=docker/dockerfile:1', 'FROM alpine']],
    silent: [['# syntax=docker/dockerfile:1', 'FROM alpine']],
    fixes: [[['# ESCAPE=`', '# Syntax=x', 'FROM alpine'], ['# escape=`', '# syntax=x', 'FROM alpine']]],
  },
  'unsupported-variable-modifier': {
    fires: [['FROM alpine', 'ARG V', 'ENV X=${V:=default}'], ['FROM alpine', 'ARG V', 'WORKDIR /${V^^}']],
    silent: [['FROM alpine', 'ARG V', 'ENV A=${V:-x} B=${V+y} C=${V#p} D=${V%%s} E=${V/a/b}', 'RUN echo ${V^^}']],
  },
  'invalid-signal': {
    fires: [['FROM alpine', 'STOPSIGNAL SIGFOO'], ['FROM alpine', 'STOPSIGNAL 0']],
    silent: [['FROM alpine', 'STOPSIGNAL SIGTERM'], ['FROM alpine', 'STOPSIGNAL quit'], ['FROM alpine', 'STOPSIGNAL 9'], ['FROM alpine', 'STOPSIGNAL SIGRTMIN+3'], ['FROM alpine', 'STOPSIGNAL $SIG']],
  },
  'stage-circular-dependency': {
    fires: [['FROM alpine AS a', 'COPY --from=b /x /x', 'FROM alpine AS b', 'COPY --from=a /y /y']],
    silent: [['FROM alpine AS a', 'COPY --from=b /x /x', 'FROM alpine AS b', 'RUN true']],
  },
  'invalid-definition-description': {
    fires: [['# check=experimental=InvalidDefinitionDescription', '# the base image', 'FROM alpine AS build'], ['# check=experimental=all', 'FROM alpine', '# sets the version', 'ARG VERSION']],
    silent: [['# check=experimental=all', '# build compiles the app', 'FROM alpine AS build', '# VERSION of the app', 'ARG VERSION', '# hadolint ignore=DL3008', 'ARG OTHER'], ['# the base image', 'FROM alpine AS build']],
    fixes: [[['# check=experimental=all', '# the base image', 'FROM alpine AS build'], ['# check=experimental=all', '# the base image', '', 'FROM alpine AS build']]],
  },
  'copy-ignored-file': {
    config: { dockerignore: '# build output\n*.log\nnode_modules\nsecrets/\n!secrets/public.pem\ndocs/**\n!docs/**/README.md\n' },
    fires: [['FROM alpine', 'COPY app.log /app/'], ['FROM alpine', 'COPY ./node_modules/x /app/x'], ['FROM alpine', 'ADD ["secrets/db.key", "/k"]']],
    silent: [['FROM alpine', 'COPY . /app', 'COPY src /app/src', 'COPY secrets/public.pem /p', 'COPY docs /d', 'COPY *.log /logs/', 'COPY --from=build app.log /x', 'COPY $F /f']],
  },
  'unknown-suppression-code': {
    fires: [['FROM alpine', '# layerwise ignore=no-such-rule', 'RUN true'], ['# hadolint global ignore=DL9999', 'FROM alpine']],
    silent: [['FROM alpine', '# hadolint ignore=DL3008,SC2086', '# layerwise ignore=maintainer-deprecated', 'MAINTAINER x']],
  },
};

describe('RULES.md §2.1 and §2.2 rules', () => {
  it('has cases for every rule of the §2.1/§2.2 block', () => {
    assert.deepEqual(SYNTAX_AND_BUILDKIT_RULES.map((r) => r.id).filter((id) => !CASES[id]), []);
  });

  for (const [ruleId, cases] of Object.entries(CASES)) {
    describe(ruleId, () => {
      for (const eol of EOLS) {
        const label = JSON.stringify(eol);
        cases.fires.forEach((text, i) => {
          it(`fires (${i + 1}, ${label})`, () => {
            assert.ok(ruleFindings(ruleId, lines(eol, ...text), cases.config).length > 0, text.join(' / '));
          });
        });
        cases.silent.forEach((text, i) => {
          it(`stays silent on a near miss (${i + 1}, ${label})`, () => {
            assert.deepEqual(ruleFindings(ruleId, lines(eol, ...text), cases.config).map((f) => f.message), []);
          });
        });
        (cases.fixes ?? []).forEach(([before, after], i) => {
          it(`fixes (${i + 1}, ${label}), idempotently`, () => assertFix(ruleId, lines(eol, ...before), lines(eol, ...after)));
        });
      }
    });
  }
});
