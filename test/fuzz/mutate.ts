/**
 * Mutations of real Dockerfiles that reach the parser's edge cases: cut files, foreign lines, junk bytes,
 * mixed line ends, and the huge shapes (long lines, many lines, deep continuations, many heredocs).
 */
import type { CorpusFile } from './corpus';
import type { Random } from './random';

export interface FuzzInput {
  /** How the input was made, for the failure report. */
  readonly recipe: string;
  readonly text: string;
}

type Mutation = (text: string, random: Random, corpus: readonly CorpusFile[]) => string;

const splitLines = (text: string) => text.split(/(?<=\n)/);

/** Code units that upset text handling: NUL, controls, lone surrogates, BOM, odd whitespace, non-BMP. */
const NASTY = ['\0', '\x01', '\x7f', '\ud800', '\udfff', '\ufeff', '\u2028', '\u00a0', '\t', '\r', '\\', '`', '"', "'", '$', '{', '}', '[', ']', '<<', '#', '=', '\u{1f433}', 'é'];

function randomChunk(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += random.chance(0.5) ? random.pick(NASTY) : String.fromCharCode(random.int(0x10000));
  }
  return out;
}

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  truncate: (text, random) => text.slice(0, random.int(text.length + 1)),
  spliceLines: (text, random, corpus) => {
    const lines = splitLines(text);
    const donor = splitLines(random.pick(corpus).text);
    const from = random.int(donor.length + 1);
    const taken = donor.slice(from, from + random.between(1, 20));
    lines.splice(random.int(lines.length + 1), random.int(3), ...taken);
    return lines.join('');
  },
  insertJunk: (text, random) => {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + randomChunk(random, random.between(1, 16)) + text.slice(at);
  },
  deleteRange: (text, random) => {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + text.slice(at + random.between(1, 200));
  },
  lineEnds: (text, random) => {
    const body = text.replace(/\r?\n/g, () => random.pick(['\n', '\r\n', '\r', '\n']));
    return random.chance(0.3) ? `\ufeff${body}` : body;
  },
  unterminated: (text, random) => {
    const lines = splitLines(text);
    const opener = random.pick(['RUN echo "unclosed', "ENV A='open", 'CMD ["a", "b"', 'RUN <<EOF', 'COPY <<-END /x', 'RUN ["sh", "-c', 'LABEL a="b\\', 'RUN echo \\', 'ARG X=${Y:-', '# escape=`']);
    lines.splice(random.int(lines.length + 1), 0, `${opener}${random.chance(0.5) ? '\n' : ''}`);
    return lines.join('');
  },
  escapeDirective: (text, random) => `# escape=${random.pick(['`', '\\', 'x', ''])}\n${random.chance(0.5) ? '# syntax=docker/dockerfile:1\n' : ''}${text}`,
  duplicateLines: (text, random) => {
    const lines = splitLines(text);
    const at = random.int(lines.length);
    const copies = Array.from({ length: random.between(2, 50) }, () => lines[at] ?? '');
    lines.splice(at, 0, ...copies);
    return lines.join('');
  },
};

/** Inputs far larger than real files; each is rare in random runs and present once in the fixed suite. */
export const GIANTS: Readonly<Record<string, (random: Random) => string>> = {
  megabyteLine: (random) => `FROM alpine\nRUN echo ${'x'.repeat(1 << 20)}${random.chance(0.5) ? ' \\' : ''}\nCMD ["a"]\n`,
  megabyteJson: () => `FROM alpine\nCMD [${'"a",'.repeat(1 << 18)}"b"]\n`,
  fiftyThousandLines: (random) => {
    const lines = ['FROM alpine AS base'];
    for (let i = 1; i < 50_000; i++) lines.push(random.pick(['RUN apk add curl', 'ENV A=$B', 'COPY . /src', '# comment', 'ARG X=1', 'FROM base', 'WORKDIR /w', 'LABEL a=b c="d e"']));
    return `${lines.join('\n')}\n`;
  },
  deepContinuation: (random) => `FROM alpine\nRUN true${' \\\n  && echo step'.repeat(random.between(20_000, 40_000))}\n`,
  continuationToEof: () => `FROM alpine\nRUN a${' \\\n'.repeat(30_000)}`,
  tenThousandHeredocs: () => `FROM alpine\n${'RUN <<EOF\necho hi\nEOF\n'.repeat(10_000)}`,
  heredocsOnOneLine: () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `H${i}`);
    return `FROM alpine\nRUN ${names.map((n) => `<<${n}`).join(' ')}\n${names.map((n) => `x\n${n}\n`).join('')}`;
  },
  unterminatedHeredocs: () => `FROM alpine\n${'RUN <<EOF\n'.repeat(10_000)}`,
  manyStages: () => Array.from({ length: 5_000 }, (_, i) => `FROM ${i === 0 ? 'alpine' : `s${i - 1}`} AS s${i}\nRUN touch /${i}\nCOPY --from=s${Math.max(0, i - 2)} /a /b\n`).join(''),
  manyVariables: () => `FROM alpine\n${Array.from({ length: 10_000 }, (_, i) => `ARG V${i}=\${V${i > 0 ? i - 1 : 0}:-x}\nENV E${i}=$V${i}`).join('\n')}\n`,
};

/** One random input: a corpus file with 1–4 mutations, or (rarely) a giant. */
export function randomInput(random: Random, corpus: readonly CorpusFile[], giantChance: number): FuzzInput {
  if (random.chance(giantChance)) {
    const name = random.pick(Object.keys(GIANTS));
    return { recipe: `giant:${name}`, text: GIANTS[name](random) };
  }
  const base = random.pick(corpus);
  let text = base.text;
  const steps: string[] = [];
  const names = Object.keys(MUTATIONS);
  for (let n = random.between(1, 4); n > 0; n--) {
    const name = random.pick(names);
    steps.push(name);
    text = MUTATIONS[name](text, random, corpus);
  }
  return { recipe: `${base.name} + ${steps.join(', ')}`, text };
}
