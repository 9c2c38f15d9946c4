import type { Span } from '../syntax';
import type { Rule } from './rule';
import { allInstructions } from './shared/instructions';

/** Instructions whose arguments the builder itself expands. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);
/** After `${NAME`: `}` or one of the operators the builder has. */
const SUPPORTED = /^(\}|:?[-+?]|##?|%%?|\/)/;

export const unsupportedVariableModifier: Rule = {
  id: 'unsupported-variable-modifier',
  aliases: ['UNSUPPORTED_MODIFIER'],
  severity: 'error',
  category: 'correctness',
  description: '`${VAR<op>…}` with an operator the builder does not have (it has `-` `+` `?` with or without `:`, and `#` `##` `%` `%%` `/`).',
  docs: 'docs/rules/unsupported-variable-modifier.md',
  tier: 2,
  check({ analysis, report }) {
    const { text } = analysis;
    for (const instruction of allInstructions(analysis.tree)) {
      if (!EXPANDED.has(instruction.kind) || !instruction.args.text.includes('${')) continue;
      const spans: Span[] = instruction.kind === 'FROM' || instruction.heredocs.length === 0 ? [instruction.args.span] : instruction.words.map((w) => w.span);
      for (const span of spans) {
        const written = text.slice(span.start, span.end);
        for (const match of written.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) {
          const after = written.slice(match.index! + match[0].length);
          if (SUPPORTED.test(after) || (match.index! > 0 && written[match.index! - 1] === analysis.tree.escapeChar)) continue;
          const op = /^[^A-Za-z0-9_}]{1,2}/.exec(after)?.[0] ?? after.slice(0, 1);
          const start = span.start + match.index!;
          report({ message: `\${${match[1]}${op}…} uses "${op}", which the builder does not support; it has :- - :+ + :? ? # ## % %% /.`, span: { start, end: start + match[0].length + op.length } });
        }
      }
    }
  },
};
