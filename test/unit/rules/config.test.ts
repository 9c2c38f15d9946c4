/** RULES.md §3: configuration layers in order, inline pragmas, scopes and alias choice. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { lint, parseHadolintConfig, type HadolintConfig, type Rule } from '../../../server/src/core/rules';
import { SYNTAX_AND_BUILDKIT_RULES } from '../../../server/src/core/rules/registry';
import { EOLS, findings, lines } from './helpers';

function hadolint(yaml: string): HadolintConfig {
  const { config, problems } = parseHadolintConfig(yaml);
  assert.deepEqual(problems, []);
  return config;
}

const OWN_RULES = new Set(SYNTAX_AND_BUILDKIT_RULES.map((r) => r.id));

/** `ruleId:severity` per finding of the §2.1/§2.2 rules (the catalog's findings on these samples are not under test), for short assertions. */
function summary(text: string, config = {}): string[] {
  return ownFindings(text, config).map((f) => `${f.ruleId}:${f.severity}`);
}

function ownFindings(text: string, config = {}) {
  return findings(text, config).filter((f) => OWN_RULES.has(f.ruleId));
}

for (const eol of EOLS) {
  const l = (...text: string[]) => lines(eol, ...text);
  describe(`lint configuration (${JSON.stringify(eol)})`, () => {
    const maintainer = l('FROM alpine', 'MAINTAINER me');

    describe('.hadolint.yaml', () => {
      it('ignored drops the rule by hadolint code or by our id', () => {
        assert.deepEqual(summary(maintainer), ['maintainer-deprecated:warning']);
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('ignored: [DL4000]') }), []);
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('ignored:\n  - maintainer-deprecated\n') }), []);
      });

      it('override sets the severity; style is hint', () => {
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('override:\n  error: [DL4000]') }), ['maintainer-deprecated:error']);
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('override: {style: [DL4000]}') }), ['maintainer-deprecated:hint']);
      });

      it('override applies to the alias the finding carries only', () => {
        const text = l('FROM alpine', 'CMD ["a"]', 'CMD ["b"]', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]');
        assert.deepEqual(summary(text, { hadolint: hadolint('override:\n  info: [DL4004]') }), ['overridden-instruction:warning', 'overridden-instruction:info']);
      });

      it('trustedRegistries turns an opt-in rule on as error', () => {
        const optIn: Rule = { id: 'untrusted-registry', aliases: ['DL3026'], severity: 'off', category: 'security', description: '', docs: '', check: (c) => c.report({ message: String(c.options.trustedRegistries), span: { start: 0, end: 4 } }) };
        assert.deepEqual(lint(analyze(maintainer), {}, [optIn]), []);
        const found = lint(analyze(maintainer), { hadolint: hadolint('trustedRegistries: docker.io') }, [optIn]);
        assert.deepEqual(found.map((f) => [f.severity, f.message]), [['error', 'docker.io']]);
      });
    });

    describe('settings (layerwise.rules)', () => {
      it('win over .hadolint.yaml', () => {
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('ignored: [DL4000]'), rules: { 'maintainer-deprecated': 'error' } }), ['maintainer-deprecated:error']);
        assert.deepEqual(summary(maintainer, { hadolint: hadolint('override: {error: [DL4000]}'), rules: { 'maintainer-deprecated': 'off' } }), []);
      });

      it('accept an alias as key', () => {
        assert.deepEqual(summary(maintainer, { rules: { MaintainerDeprecated: 'info' } }), ['maintainer-deprecated:info']);
      });
    });

    describe('BuildKit check options', () => {
      const cmd = (...top: string[]) => l(...top, 'FROM alpine', 'CMD npm start', 'RUNN x');

      it('skip drops findings carrying that check name, our id accepted too', () => {
        assert.deepEqual(summary(cmd('# check=skip=JSONArgsRecommended')), ['unknown-instruction:error']);
        assert.deepEqual(summary(cmd('# check=skip=json-args-recommended')), ['unknown-instruction:error']);
      });

      it('skip=all drops every BuildKit-aliased finding only', () => {
        assert.deepEqual(summary(cmd('# check=skip=all')), ['unknown-instruction:error']);
      });

      it('error=true raises BuildKit-aliased findings to error', () => {
        assert.deepEqual(summary(cmd('# check=error=true')), ['json-args-recommended:error', 'unknown-instruction:error']);
      });

      it('the setting replaces the file directive', () => {
        assert.deepEqual(summary(cmd('# check=skip=all'), { buildkitCheck: 'error=true' }), ['json-args-recommended:error', 'unknown-instruction:error']);
      });

      it('experimental= turns an experimental check on as a warning', () => {
        const text = l('# check=experimental=InvalidDefinitionDescription', '# the base image', 'FROM alpine AS build');
        assert.deepEqual(summary(text), ['invalid-definition-description:warning']);
        assert.deepEqual(summary(l('# header', '', '# the base image', 'FROM alpine AS build')), []);
      });

      it('an instruction-local # check=skip covers the next instruction only', () => {
        const text = l('FROM alpine', 'CMD npm start', '# check=skip=JSONArgsRecommended', 'ENTRYPOINT exec app');
        assert.deepEqual(ownFindings(text).map((f) => [f.ruleId, f.span.start < text.indexOf('ENTRYPOINT')]), [['json-args-recommended', true]]);
      });
    });

    describe('inline pragmas', () => {
      it('# layerwise ignore= covers the next instruction, through comment lines but not a blank line', () => {
        assert.deepEqual(summary(l('FROM alpine', '# layerwise ignore=maintainer-deprecated', '# why: legacy', 'MAINTAINER me')), []);
        assert.deepEqual(summary(l('FROM alpine', '# layerwise ignore=maintainer-deprecated', '', 'MAINTAINER me')), ['maintainer-deprecated:warning']);
        assert.deepEqual(summary(l('FROM alpine', '# layerwise ignore=DL4000', 'MAINTAINER me', 'MAINTAINER you')), ['maintainer-deprecated:warning']);
      });

      it('# layerwise global ignore= covers the file', () => {
        assert.deepEqual(summary(l('FROM alpine', 'MAINTAINER me', '# layerwise global ignore=maintainer-deprecated')), []);
      });

      it('# hadolint ignore= matches the DL alias the finding carries, with a trailing comment', () => {
        assert.deepEqual(summary(l('FROM alpine', '# hadolint ignore=DL4000 # legacy', 'MAINTAINER me')), []);
        const cmds = l('FROM alpine', 'CMD ["a"]', '# hadolint ignore=DL4004', 'CMD ["b"]', 'CMD ["c"]');
        assert.deepEqual(summary(cmds), ['overridden-instruction:warning', 'overridden-instruction:warning']);
        const entry = l('FROM alpine', '# hadolint ignore=DL4004', 'CMD ["a"]', 'CMD ["c"]');
        assert.deepEqual(summary(entry), ['overridden-instruction:warning']);
      });

      it('# hadolint global ignore= and disable-ignore-pragma', () => {
        const text = l('# hadolint global ignore=DL4000', 'FROM alpine', 'MAINTAINER me');
        assert.deepEqual(summary(text), []);
        assert.deepEqual(summary(text, { hadolint: hadolint('disable-ignore-pragma: true') }), ['maintainer-deprecated:warning']);
        assert.deepEqual(summary(l('# layerwise global ignore=DL4000', 'FROM alpine', 'MAINTAINER me'), { hadolint: hadolint('disable-ignore-pragma: true') }), []);
      });

      it('# hadolint stage ignore= above a FROM covers that stage only', () => {
        const text = l('# hadolint stage ignore=DL4000', 'FROM alpine AS a', 'MAINTAINER me', 'FROM alpine', 'MAINTAINER you');
        assert.deepEqual(ownFindings(text).map((f) => text.slice(f.span.start, f.span.end)), ['MAINTAINER']);
        assert.ok(ownFindings(text)[0].span.start > text.indexOf('you') - 12);
      });

      it('# dockerfile-utils: ignore drops every finding on the next instruction', () => {
        assert.deepEqual(summary(l('FROM alpine', '# dockerfile-utils: ignore', 'MAINTAINER me')), []);
      });

      it('# hadolint shell= marks the stage non-POSIX for shell-reading rules', () => {
        const probe: Rule = { id: 'probe', aliases: [], severity: 'info', category: 'style', description: '', docs: '', check: (c) => c.report({ message: [...c.options.nonPosixStages].join(','), span: { start: 0, end: 1 } }) };
        const text = l('FROM alpine', 'FROM mcr.microsoft.com/windows', '# hadolint shell=powershell', 'RUN Get-Item x', 'FROM alpine', 'SHELL ["pwsh", "-c"]');
        assert.deepEqual(lint(analyze(text), {}, [probe]).map((f) => f.message), ['1,2']);
      });
    });

    describe('rule scope and aliases', () => {
      const everyRun = (scope: Rule['scope']): Rule => ({
        id: 'probe', aliases: ['DL3033', 'DL3041', 'ProbeCheck'], severity: 'info', category: 'layers', description: '', docs: '', scope,
        check: (c) => {
          for (const i of c.analysis.tree.instructions) if (i.kind === 'RUN') c.report({ message: i.args.text, span: i.span, alias: i.args.text.startsWith('dnf') ? 'DL3041' : undefined });
        },
      });
      const text = l('FROM alpine AS build', 'RUN yum x', 'FROM build AS mid', 'RUN dnf y', 'FROM alpine AS other', 'RUN z', 'FROM mid', 'RUN w');

      it('shipped: only the target and the stages it builds on', () => {
        assert.deepEqual(lint(analyze(text), {}, [everyRun('shipped')]).map((f) => f.message), ['yum x', 'dnf y', 'w']);
      });

      it('target: the target stage only', () => {
        assert.deepEqual(lint(analyze(text), {}, [everyRun('target')]).map((f) => f.message), ['w']);
      });

      it('a finding carries the alias that fits it plus the single-alias tools', () => {
        assert.deepEqual(lint(analyze(text), {}, [everyRun('all')]).map((f) => f.aliases), [['ProbeCheck'], ['DL3041', 'ProbeCheck'], ['ProbeCheck'], ['ProbeCheck']]);
      });
    });
  });
}

describe('parseHadolintConfig', () => {
  it('reads every honoured key', () => {
    const config = hadolint([
      'ignored: [DL3008, DL3009]',
      'override:',
      '  error: [DL3001]',
      '  style: [DL3015]',
      'trustedRegistries:',
      '  - docker.io',
      '  - "*.gcr.io"',
      'label-schema: {author: text, url: url}',
      'strict-labels: true',
      'disable-ignore-pragma: false',
      'failure-threshold: warning',
      'no-fail: true',
      'format: sarif',
      'no-color: true',
    ].join('\n'));
    assert.deepEqual(config.ignored, ['DL3008', 'DL3009']);
    assert.deepEqual(config.override, { error: ['DL3001'], warning: [], info: [], style: ['DL3015'] });
    assert.deepEqual(config.trustedRegistries, ['docker.io', '*.gcr.io']);
    assert.deepEqual(config.labelSchema, { author: 'text', url: 'url' });
    assert.equal(config.strictLabels, true);
    assert.equal(config.failureThreshold, 'warning');
    assert.equal(config.noFail, true);
    assert.equal(config.format, 'sarif');
  });

  it('gives an error with a position for invalid YAML, and the empty config', () => {
    const { config, problems } = parseHadolintConfig('ignored: [DL3008\noverride: x');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /^Invalid YAML/);
    assert.ok(problems[0].span);
    assert.deepEqual(config.ignored, []);
  });

  it('warns about unknown keys and rejects wrong types without throwing', () => {
    const { config, problems } = parseHadolintConfig('ignored: DL3008\nfailure-threshold: loud\nnonsense: 1\noverride: {fatal: [DL1]}\n');
    assert.deepEqual(problems.map((p) => [p.severity, p.message.split(':')[0]]), [
      ['error', '"ignored" must be a list of rule codes; this key is ignored.'],
      ['error', '"failure-threshold" must be one of error, warning, info, style, ignore, none; this key is ignored.'],
      ['warning', 'Unknown key "nonsense"'],
      ['warning', 'Unknown override level "fatal" (use error, warning, info or style); it is ignored.'],
    ]);
    assert.deepEqual(config.ignored, []);
  });

  it('accepts an empty file and a top-level list as a clear error', () => {
    assert.deepEqual(parseHadolintConfig('').problems, []);
    assert.deepEqual(parseHadolintConfig('# only a comment\n').problems, []);
    assert.equal(parseHadolintConfig('- a\n- b\n').problems[0].severity, 'error');
  });
});
