import type { Rule } from './rule';

const SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
/** BuildKit's allow-list (public, file, version) plus ours for paths, sockets and switches (RULES.md §2b). */
const MAY_BE_SECRET = /key|auth|credential|pass|pword|secret|token/i;
const ALLOWED_WORDS = new Set(['public', 'file', 'version', 'dir', 'path', 'sock', 'socket', 'url', 'host', 'port', 'user', 'name', 'type', 'length', 'enabled']);

export const secretsInArgOrEnv: Rule = {
  id: 'secrets-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  severity: 'warning',
  category: 'security',
  description: 'An ARG or ENV whose name looks like a secret: its value stays readable in the image config and history.',
  docs: 'docs/rules/secrets-in-arg-or-env.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'ARG' && instruction.kind !== 'ENV') continue;
      for (const pair of instruction.pairs) {
        // Every secret word holds one of these parts: other ASCII names are passed without a word list.
        if (!MAY_BE_SECRET.test(pair.key) && isAscii(pair.key)) continue;
        const words = pair.key.toLowerCase().split('_');
        if (!words.some((w) => SECRET_WORDS.has(w)) || words.some((w) => ALLOWED_WORDS.has(w))) continue;
        report({
          message: `${instruction.kind} ${pair.key} looks like a secret: ${instruction.kind} values are stored in the image (docker history, docker inspect). Pass it with RUN --mount=type=secret,id=${pair.key.toLowerCase()} instead.`,
          span: pair.keySpan,
        });
      }
    }
  },
};

/** Only ASCII characters: there `/…/i` and `toLowerCase` agree (outside it, e.g. the Kelvin sign lowercases to k). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
