import type { Instruction, Word } from '../syntax';
import type { Rule } from './rule';
import { contextPath, decidingPattern, mayReinclude, parseDockerignore, type IgnorePattern } from '../context/dockerignore';
import { unquote } from '../syntax';

/** Patterns that exclude the whole context, which is the only way `.` itself counts as ignored. */
const EVERYTHING = new Set(['*', '**', '**/*']);

export const copyIgnoredFile: Rule = {
  id: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  category: 'correctness',
  description: 'A COPY or ADD source that the context\'s `.dockerignore` excludes, so the build cannot find it.',
  docs: 'docs/rules/copy-ignored-file.md',
  tier: 2,
  check({ analysis, options, report }) {
    if (!options.dockerignore) return;
    const parsed = parseDockerignore(options.dockerignore);
    // A file Docker refuses stops the build before any COPY: nothing to say per source.
    if (!parsed.ok || parsed.patterns.length === 0) return;
    const patterns = parsed.patterns;
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        const instruction = step.instruction;
        if ((instruction.kind !== 'COPY' && instruction.kind !== 'ADD') || step.onbuild || instruction.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
        for (const source of sources(instruction)) {
          const raw = unquote(source.value);
          if (/[$*?[]/.test(raw) || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || raw.startsWith('git@') || raw.startsWith('<<')) continue;
          const path = contextPath(raw);
          const pattern = path === '' ? wholeContext(patterns) : decidingPattern(path, patterns);
          if (!pattern || mayReinclude(patterns, pattern, path)) continue;
          report({ message: `"${raw}" is excluded by .dockerignore (line ${pattern.line}: ${pattern.reinclude ? '!' : ''}${pattern.text}), so the build does not see it.`, span: source.span });
        }
      }
    }
  },
};

function sources(instruction: Instruction): Word[] {
  if (instruction.json) return instruction.json.elements.slice(0, -1).map((e) => ({ value: e.value, span: e.span }));
  return instruction.words.slice(0, -1);
}

function wholeContext(patterns: readonly IgnorePattern[]): IgnorePattern | null {
  const everything = patterns.findLast((p) => !p.reinclude && EVERYTHING.has(p.text));
  return everything && !patterns.slice(patterns.indexOf(everything) + 1).some((p) => p.reinclude) ? everything : null;
}
