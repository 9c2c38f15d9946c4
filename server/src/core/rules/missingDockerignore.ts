import type { Rule } from './rule';
import { isWholeContextCopy } from './copyAllBeforeDeps';

const USUAL_SUSPECTS = ['node_modules', '.venv', 'venv', '__pycache__', 'target', 'dist', 'build', '.env'];

export const missingDockerignore: Rule = {
  id: 'missing-dockerignore',
  aliases: [],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/missing-dockerignore.md',
  tier: 1,
  description: 'Whole-context `COPY .` with no `.dockerignore` at the context root.',
  check({ analysis, options, report }) {
    // null: the edge looked and found none; undefined: it could not look.
    if (options.dockerignore !== null) return;
    const copy = analysis.tree.instructions.find(isWholeContextCopy);
    if (!copy) return;
    const context = options.buildContext;
    const present = context ? USUAL_SUSPECTS.filter((name) => context.entries.includes(name)) : [];
    const lines = ['.git', ...present];
    const lineBreak = analysis.text.includes('\r\n') ? '\r\n' : '\n';
    report({
      message: `COPY . sends the whole context into this layer and there is no .dockerignore: ${['.git', ...present].join(', ')} and any local build output land in the image, and every change to them busts the cache. Add a .dockerignore.`,
      span: copy.span,
      fixes: context
        ? [{ title: 'Create .dockerignore', edits: [], createFile: { path: context.dockerignorePath, text: lines.join(lineBreak) + lineBreak }, isPreferred: true }]
        : [],
    });
  },
};
