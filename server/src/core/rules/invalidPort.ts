import type { Rule } from './rule';
import { exposeWords } from './shared/expose';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export const invalidPort: Rule = {
  id: 'invalid-port',
  aliases: ['DL3011', 'INVALID_PORT', 'INVALID_PROTO'],
  severity: 'error',
  category: 'correctness',
  description: 'An EXPOSE port that is not a number or range in 0–65535, or a protocol other than tcp, udp or sctp.',
  docs: 'docs/rules/invalid-port.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'EXPOSE') continue;
      for (const { word, resolved } of exposeWords(analysis, instruction)) {
        // Skipped: unresolvable variables, and host:container mappings (expose-invalid-format).
        if (resolved === null || resolved.includes(':') || resolved.includes('$')) continue;
        for (const single of resolved.split(/\s+/).filter(Boolean)) {
          const [ports, protocol, ...extra] = single.split('/');
          if (protocol !== undefined && (!PROTOCOLS.has(protocol.toLowerCase()) || extra.length > 0)) {
            report({ message: `"${protocol}" is not a protocol EXPOSE knows (tcp, udp, sctp).`, span: word.span, alias: 'INVALID_PROTO' });
            continue;
          }
          const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
          if (!range || Number(range[1]) > 65535 || Number(range[2] ?? 0) > 65535 || (range[2] !== undefined && Number(range[2]) < Number(range[1]))) {
            report({ message: `"${ports}" is not a port or port range (0–65535, e.g. 8080 or 8000-8010).`, span: word.span, alias: 'INVALID_PORT' });
          }
        }
      }
    }
  },
};
