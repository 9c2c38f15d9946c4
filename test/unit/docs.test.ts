import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DIRECTIVE_DOCS,
  FLAG_DOCS,
  INSTRUCTION_DOCS,
  LAYERS_PRIMER,
  MOUNT_TYPES,
  PLATFORM_ARGS,
  PROXY_ARGS,
  type Keyword,
} from '../../server/src/core/docs';
import { INSTRUCTION_KINDS } from '../../server/src/core/syntax/nodes';
import { SHARED } from '../support/paths';

/** The flags per instruction of RULES.md rule 6 (`unknown-flag`), BuildKit's own tables. */
const UNKNOWN_FLAG_TABLE: Readonly<Partial<Record<Keyword, readonly string[]>>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/#';

function assertReferenceUrl(url: string, what: string): void {
  assert.ok(url.startsWith(REFERENCE), `${what}: ${url} is not a Dockerfile reference link`);
  const parsed = new URL(url);
  assert.match(parsed.hash, /^#[a-z0-9]+(?:-[a-z0-9]*)*$/, `${what}: anchor ${parsed.hash}`);
}

/** Hover-sized: 1 to 4 sentences, no stray whitespace. */
function assertHoverText(text: string, what: string): void {
  assert.ok(text.length > 0, `${what} is empty`);
  assert.equal(text, text.trim(), `${what} has leading or trailing whitespace`);
  assert.doesNotMatch(text, / {2}/, `${what} has a double space`);
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z`(])/).length;
  assert.ok(sentences <= 4, `${what} has ${sentences} sentences`);
  assert.ok(text.length <= 460, `${what} is ${text.length} characters`);
}

describe('instruction docs', () => {
  it('documents every instruction the parser knows, under its own keyword', () => {
    assert.deepEqual(Object.keys(INSTRUCTION_DOCS).sort(), [...INSTRUCTION_KINDS].sort());
    for (const keyword of INSTRUCTION_KINDS) assert.equal(INSTRUCTION_DOCS[keyword].keyword, keyword);
  });

  it('gives each instruction the layer effect of DESIGN.md §2', () => {
    const layer = ['RUN', 'COPY', 'ADD', 'WORKDIR'];
    for (const keyword of INSTRUCTION_KINDS) {
      const expected = keyword === 'FROM' ? 'stage' : layer.includes(keyword) ? 'layer' : 'metadata';
      assert.equal(INSTRUCTION_DOCS[keyword].effect, expected, keyword);
    }
  });

  it('keeps every section short enough for a hover', () => {
    for (const doc of Object.values(INSTRUCTION_DOCS)) {
      for (const section of ['summary', 'layerEffect', 'cache', 'container'] as const) {
        assertHoverText(doc[section], `${doc.keyword}.${section}`);
      }
    }
  });

  it('links every instruction to its reference anchor', () => {
    for (const doc of Object.values(INSTRUCTION_DOCS)) {
      assertReferenceUrl(doc.url, doc.keyword);
      const anchor = new URL(doc.url).hash.slice(1);
      assert.ok(anchor.startsWith(doc.keyword.toLowerCase()), `${doc.keyword} links to #${anchor}`);
    }
  });

  it('writes syntax forms whose parameters are substrings of the label', () => {
    for (const doc of Object.values(INSTRUCTION_DOCS)) {
      assert.ok(doc.forms.length > 0, `${doc.keyword} has no syntax form`);
      for (const form of doc.forms) {
        assert.ok(form.label.startsWith(`${doc.keyword} `), form.label);
        for (const parameter of form.parameters) assert.ok(form.label.includes(parameter), `${parameter} in ${form.label}`);
        assertHoverText(form.documentation, form.label);
      }
    }
  });

  it('offers a completion snippet with numbered placeholders for each instruction', () => {
    for (const doc of Object.values(INSTRUCTION_DOCS)) {
      assert.ok(doc.snippet.startsWith(`${doc.keyword} `), doc.snippet);
      const numbers = [...doc.snippet.matchAll(/\$\{(\d+):[^{}]*\}/g)].map((m) => Number(m[1]));
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1), doc.snippet);
      assert.ok(numbers.length > 0, doc.snippet);
    }
  });

  it('shows both the shell and the exec form of RUN, CMD and ENTRYPOINT', () => {
    for (const keyword of ['RUN', 'CMD', 'ENTRYPOINT'] as const) {
      const labels = INSTRUCTION_DOCS[keyword].forms.map((f) => f.label);
      assert.ok(labels.some((l) => l.includes('<command>')), `${keyword} shell form`);
      assert.ok(labels.some((l) => l.includes('["executable"')), `${keyword} exec form`);
    }
  });

  it('states the layer facts users get wrong', () => {
    assert.match(INSTRUCTION_DOCS.RUN.layerEffect, /never shrinks/);
    assert.match(INSTRUCTION_DOCS.RUN.layerEffect, /--mount/);
    assert.match(INSTRUCTION_DOCS.RUN.cache, /command string/);
    assert.match(INSTRUCTION_DOCS.COPY.cache, /checksums/);
    assert.match(INSTRUCTION_DOCS.COPY.layerEffect, /--link/);
    assert.match(INSTRUCTION_DOCS.WORKDIR.layerEffect, /`WORKDIR \/` only changes the config/);
    assert.match(INSTRUCTION_DOCS.VOLUME.container, /outside the container writable layer/);
  });
});

describe('flag docs', () => {
  it('documents every flag of the unknown-flag table, and only those', () => {
    for (const keyword of INSTRUCTION_KINDS) {
      const expected = [...(UNKNOWN_FLAG_TABLE[keyword] ?? [])].sort();
      assert.deepEqual(Object.keys(FLAG_DOCS[keyword] ?? {}).sort(), expected, `FLAG_DOCS.${keyword}`);
      assert.deepEqual([...INSTRUCTION_DOCS[keyword].flags].sort(), expected, `INSTRUCTION_DOCS.${keyword}.flags`);
    }
  });

  it('matches the unknown-flag row of RULES.md', function () {
    const rules = path.join(SHARED, 'RULES.md');
    if (!fs.existsSync(rules)) this.skip();
    const row = fs.readFileSync(rules, 'utf8').split('\n').find((line) => line.includes('`unknown-flag`'));
    assert.ok(row, 'RULES.md has no unknown-flag row');
    const table = /per BuildKit's tables: (.*?)\)/.exec(row)?.[1] ?? '';
    const parsed: Record<string, string[]> = {};
    for (const part of table.split(';')) {
      const [keyword, ...flags] = part.trim().split(/\s+/);
      if (keyword) parsed[keyword] = flags.map((f) => f.replace(/^`?--/, '').replace(/`$/, ''));
    }
    assert.deepEqual(parsed, UNKNOWN_FLAG_TABLE);
  });

  it('gives each flag its own name, a value hint, hover-sized text and a reference link', () => {
    for (const [keyword, flags] of Object.entries(FLAG_DOCS)) {
      for (const [name, doc] of Object.entries(flags ?? {})) {
        assert.equal(doc.name, name);
        assert.ok(doc.valueHint.length > 0, `${keyword} --${name} value hint`);
        assertHoverText(doc.summary, `${keyword} --${name}`);
        assertReferenceUrl(doc.url, `${keyword} --${name}`);
        if (doc.boolean) assert.deepEqual(doc.values.map((v) => v.value), ['true', 'false'], `${keyword} --${name}`);
      }
    }
  });

  it('offers the documented choices for --mount and --network', () => {
    const mount = FLAG_DOCS.RUN?.mount;
    assert.deepEqual(mount?.values.map((v) => v.value), ['type=bind', 'type=cache', 'type=secret', 'type=ssh', 'type=tmpfs']);
    assert.equal(mount?.repeatable, true);
    assert.deepEqual(FLAG_DOCS.RUN?.network?.values.map((v) => v.value), ['default', 'none', 'host']);
  });

  it('marks as repeatable exactly the flags BuildKit lets repeat (RULES.md duplicate-flag)', () => {
    const repeatable = Object.values(FLAG_DOCS).flatMap((flags) => Object.values(flags ?? {})).filter((f) => f.repeatable);
    assert.deepEqual([...new Set(repeatable.map((f) => f.name))].sort(), ['device', 'exclude', 'mount']);
  });

  it('names the HEALTHCHECK defaults', () => {
    const healthcheck = FLAG_DOCS.HEALTHCHECK ?? {};
    assert.match(healthcheck.interval?.summary ?? '', /Default 30s\./);
    assert.match(healthcheck.timeout?.summary ?? '', /Default 30s\./);
    assert.match(healthcheck['start-period']?.summary ?? '', /Default 0s\./);
    assert.match(healthcheck['start-interval']?.summary ?? '', /Default 5s\./);
    assert.match(healthcheck.retries?.summary ?? '', /Default 3\./);
  });
});

describe('mount type docs', () => {
  it('documents each type with its options', () => {
    assert.deepEqual(Object.keys(MOUNT_TYPES).sort(), ['bind', 'cache', 'secret', 'ssh', 'tmpfs']);
    for (const [type, doc] of Object.entries(MOUNT_TYPES)) {
      assert.equal(doc.type, type);
      assertHoverText(doc.summary, `mount ${type}`);
      assert.equal(doc.url, `https://docs.docker.com/reference/dockerfile/#run---mounttype${type}`);
      const keys = doc.options.map((o) => o.key);
      assert.ok(keys.includes('target'), `${type} has target`);
      assert.equal(new Set(keys).size, keys.length, `${type} options are unique`);
    }
    assert.deepEqual(MOUNT_TYPES.cache.options.find((o) => o.key === 'sharing')?.values, ['shared', 'private', 'locked']);
  });
});

describe('directive and predefined ARG docs', () => {
  it('documents syntax, escape and check', () => {
    assert.deepEqual(Object.keys(DIRECTIVE_DOCS).sort(), ['check', 'escape', 'syntax']);
    for (const [name, doc] of Object.entries(DIRECTIVE_DOCS)) {
      assert.equal(doc.name, name);
      assert.ok(doc.example.startsWith(`# ${name}=`), doc.example);
      assertHoverText(doc.summary, `directive ${name}`);
      assertReferenceUrl(doc.url, `directive ${name}`);
    }
    assert.deepEqual(DIRECTIVE_DOCS.escape.values.map((v) => v.value), ['\\', '`']);
  });

  it('lists the automatic platform ARGs', () => {
    assert.deepEqual(PLATFORM_ARGS.map((a) => a.name), [
      'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
    ]);
    for (const arg of PLATFORM_ARGS) {
      assertHoverText(arg.summary, arg.name);
      assertReferenceUrl(arg.url, arg.name);
    }
  });

  it('lists the proxy ARGs in both cases', () => {
    const names = PROXY_ARGS.map((a) => a.name);
    for (const base of ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY']) {
      assert.ok(names.includes(base) && names.includes(base.toLowerCase()), base);
    }
    for (const arg of PROXY_ARGS) assertReferenceUrl(arg.url, arg.name);
  });
});

describe('docs module', () => {
  it('is plain data: its files import nothing but types', () => {
    const dir = path.resolve(__dirname, '../../server/src/core/docs');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const imports = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => /^\s*import\b/.test(l));
      for (const line of imports) assert.match(line, /^import type /, `${file}: ${line}`);
    }
  });
});

describe('layers primer', () => {
  it('explains image, container, sharing and cache in hover-sized sections', () => {
    const text = LAYERS_PRIMER.map((s) => s.text).join(' ');
    for (const fact of [/read-only/, /read-write layer/, /copy-on-write/, /stored and downloaded once/, /every later step/]) {
      assert.match(text, fact);
    }
    for (const section of LAYERS_PRIMER) assertHoverText(section.text, section.title);
  });
});
