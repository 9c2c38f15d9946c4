import type { Analysis } from '../analysis';
import type { Comment, Span } from '../syntax';
import type { Fix, Rule } from './rule';
import { adjoins } from './pragmas';

const DIRECTIVE_LINE = /^#\s*(syntax|escape|check)\s*=\s*\S/i;

export const misplacedDirective: Rule = {
  id: 'misplaced-directive',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  description: 'A `# syntax=` / `# escape=` line (or a `# check=` not directly above an instruction) after the directive block: the builder reads it as a plain comment.',
  docs: 'docs/rules/misplaced-directive.md',
  tier: 2,
  check({ analysis, report }) {
    const { tree, text } = analysis;
    const directiveStarts = new Set(tree.directives.map((d) => d.span.start));
    const instructions = tree.instructions;
    let cursor = 0;
    for (const comment of tree.comments) {
      while (cursor < instructions.length && instructions[cursor].span.end <= comment.span.start) cursor++;
      const next = instructions[cursor];
      if (next && next.span.start < comment.span.start) continue; // inside a continued instruction
      const raw = text.slice(comment.span.start, comment.span.end);
      const match = DIRECTIVE_LINE.exec(raw);
      if (!match || directiveStarts.has(comment.span.start)) continue;
      const name = match[1].toLowerCase();
      // An instruction-local `# check=skip=` directly above an instruction is valid (BuildKit a248d48).
      if (name === 'check' && next && adjoins(text, comment.span.end, next.span.start)) continue;
      report({
        message: `This # ${name}= line comes after the parser directives at the top of the file, so the builder treats it as a comment. Move it to the top.`,
        span: comment.span,
        fixes: tree.directives.some((d) => d.name === name) ? [] : moveToTop(analysis, comment),
      });
    }
  },
};

/**
 * Deletes the line and inserts it at the end of the top directive block. Not preferred: it changes how the
 * file parses. None when the line already sits where the block ends (moving it would overlap itself).
 */
function moveToTop(analysis: Analysis, comment: Comment): Fix[] {
  const { text, tree } = analysis;
  const lineStart = text.lastIndexOf('\n', comment.span.start - 1) + 1;
  const newline = text.indexOf('\n', comment.span.end);
  const line: Span = { start: lineStart, end: newline < 0 ? text.length : newline + 1 };
  const last = tree.directives[tree.directives.length - 1];
  const afterBlock = last ? text.indexOf('\n', last.span.end) + 1 || text.length : tree.contentStart;
  if (afterBlock >= line.start && afterBlock < line.end) return [];
  const eol = text[comment.span.end] === '\r' ? '\r\n' : '\n';
  return [{
    title: 'Move it to the directive block at the top',
    edits: [{ span: { start: afterBlock, end: afterBlock }, newText: `${text.slice(comment.span.start, comment.span.end)}${eol}` }, { span: line, newText: '' }],
    isPreferred: false,
  }];
}
