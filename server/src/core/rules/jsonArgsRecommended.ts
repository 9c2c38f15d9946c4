import type { Instruction } from '../syntax';
import type { Fix, Rule } from './rule';

/** Words that need no shell: no expansion, quoting, redirection, globbing, grouping or escapes. */
const PLAIN_WORD = /^[A-Za-z0-9_\-.\/,:@%+=]+$/;
/** Shell builtins that exist only inside a shell. */
const BUILTINS = new Set(['cd', 'exec', 'export', 'source', '.', 'set', 'eval', 'ulimit', 'umask', 'trap', 'alias', 'unset', 'wait', 'read', 'test', '[', 'if', 'for', 'while']);

export const jsonArgsRecommended: Rule = {
  id: 'json-args-recommended',
  aliases: ['JSONArgsRecommended', 'DL3025'],
  severity: 'warning',
  category: 'correctness',
  description: 'Shell-form CMD or ENTRYPOINT: `/bin/sh -c` becomes PID 1 and signals do not reach the program.',
  docs: 'docs/rules/json-args-recommended.md',
  tier: 1,
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      let shellSet = false;
      for (const step of stage.steps) {
        const instruction = step.instruction;
        if (step.onbuild) continue;
        if (instruction.kind === 'SHELL') shellSet = true;
        if (shellSet || (instruction.kind !== 'CMD' && instruction.kind !== 'ENTRYPOINT')) continue;
        if (instruction.json || instruction.words.length === 0 || instruction.heredocs.length > 0 || instruction.args.text.startsWith('[')) continue;
        report({
          message: `${instruction.kind} in shell form runs as \`/bin/sh -c "…"\`: the shell is PID 1 and the program does not receive SIGTERM on \`docker stop\`. Use the JSON form.`,
          span: instruction.args.span,
          fixes: execFormFix(analysis.text, instruction),
        });
      }
    }
  },
};

function execFormFix(text: string, instruction: Instruction): Fix[] {
  const words = instruction.words.map((w) => w.value);
  const written = text.slice(instruction.args.span.start, instruction.args.span.end);
  if (written !== instruction.args.text || !words.every((w) => PLAIN_WORD.test(w)) || BUILTINS.has(words[0]) || words[0].includes('=')) return [];
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return [{ title: `Use the JSON form: ${json}`, edits: [{ span: instruction.args.span, newText: json }], isPreferred: true }];
}
