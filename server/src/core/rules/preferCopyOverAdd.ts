import { unquote, type Instruction } from '../syntax';
import type { Rule } from './rule';
import { matchCase } from './shared/spelling';

const ARCHIVE = /\.(?:tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz|lzma|z)$/i;
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const preferCopyOverAdd: Rule = {
  id: 'prefer-copy-over-add',
  aliases: ['DL3020'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/prefer-copy-over-add.md',
  tier: 1,
  description: 'ADD of plain local files, where COPY says exactly what happens.',
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'ADD') continue;
      if (instruction.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const sources = sourcesOf(instruction);
      if (sources.length === 0 || sources.some((s) => s.includes('$') || /^[a-z]+:\/\//i.test(s) || s.startsWith('git@') || ARCHIVE.test(s) || s.endsWith('.git'))) continue;
      report({
        message: 'ADD also downloads URLs and unpacks archives; for plain local files COPY does the same thing and says so. Use COPY.',
        span: instruction.keywordSpan,
        fixes: [{ title: 'Change ADD to COPY', edits: [{ span: instruction.keywordSpan, newText: matchCase('COPY', instruction.keyword) }], isPreferred: true }],
      });
    }
  },
};

function sourcesOf(instruction: Instruction): string[] {
  if (instruction.json) return instruction.json.elements.slice(0, -1).map((e) => e.value);
  if (instruction.heredocs.length > 0) return [];
  return instruction.words.slice(0, -1).map((w) => unquote(w.value));
}
