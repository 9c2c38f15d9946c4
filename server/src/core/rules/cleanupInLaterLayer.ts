import type { Fix, Rule } from './rule';
import { cachesCreatedBy, cachesRemovedBy, type CacheKind } from './shared/cleanup';
import { appendCommand, deleteInstruction } from './shared/edits';
import { layerName, runSteps, type RunStep } from './shared/runScripts';

const WHAT: Readonly<Record<CacheKind, string>> = {
  'apt-lists': 'the apt package index',
  'apt-archives': 'the downloaded .deb files',
  'apk-cache': 'the apk cache',
  'yum-cache': 'the yum cache',
  'dnf-cache': 'the dnf cache',
  'zypper-cache': 'the zypper cache',
  'pip-cache': 'the pip cache',
  'npm-cache': 'the npm cache',
  'yarn-cache': 'the yarn cache',
  tmp: 'the files under /tmp',
};

export const cleanupInLaterLayer: Rule = {
  id: 'cleanup-in-later-layer',
  aliases: [],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/cleanup-in-later-layer.md',
  tier: 1,
  scope: 'shipped',
  description: 'A RUN that only removes caches or temp files an earlier RUN created: the bytes stay in the earlier layer.',
  check({ analysis, options, report }) {
    const runs = runSteps(analysis, options.nonPosixStages);
    for (const run of runs) {
      if (!run.stage.ships || run.commands.length === 0 || !onlyCleansUp(run)) continue;
      const kinds = [...new Set(run.commands.flatMap(cachesRemovedBy))];
      const earlier = runs.filter((r) => r.stage === run.stage && r.instruction.span.start < run.instruction.span.start);
      const creators = kinds.map((kind) => ({ kind, creator: lastCreator(earlier, kind) })).filter((c): c is { kind: CacheKind; creator: RunStep } => c.creator !== null);
      if (creators.length === 0) continue;
      const creator = creators[creators.length - 1].creator;
      const single = creators.every((c) => c.creator === creator);
      const what = creators.map((c) => WHAT[c.kind]).join(' and ');
      report({
        message: `This RUN only deletes ${what}, but ${creators.length > 1 ? 'they were' : 'it was'} written by an earlier RUN and ${creators.length > 1 ? 'stay' : 'stays'} in ${layerName(creator.step)}: the deletion adds ${layerName(run.step)} of whiteouts and the image does not shrink. Clean up at the end of the RUN that created ${creators.length > 1 ? 'them' : 'it'}.`,
        span: run.instruction.keywordSpan,
        related: creators.map((c) => ({ span: c.creator.instruction.keywordSpan, message: `${WHAT[c.kind]} is written here (${layerName(c.creator.step)})` })),
        fixes: single ? moveFix(analysis.tree, run, creator) : [],
      });
    }
  },
};

/** Every command of the RUN removes some cache (checked before any list is built). */
function onlyCleansUp(run: RunStep): boolean {
  for (const command of run.commands) if (cachesRemovedBy(command).length === 0) return false;
  return true;
}

function lastCreator(earlier: readonly RunStep[], kind: CacheKind): RunStep | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const run = earlier[k];
    const creates = kind === 'tmp'
      ? run.commands.some((c) => c.args.some((a) => a.value.startsWith('/tmp/')) || c.redirects.some((r) => r.target?.value.startsWith('/tmp/')))
      : run.commands.some((c) => cachesCreatedBy(c).includes(kind));
    // A RUN that cleans up after itself leaves nothing behind for the later deletion.
    if (creates) return run.commands.some((c) => cachesRemovedBy(c).includes(kind)) ? null : run;
  }
  return null;
}

function moveFix(tree: import('../syntax').Dockerfile, cleanup: RunStep, creator: RunStep): Fix[] {
  const script = creator.scripts[0];
  const cleanupScript = cleanup.scripts[0];
  if (!script || !cleanupScript || cleanupScript.kind !== 'shell-form' || creator.scripts.length !== 1) return [];
  if (cleanup.instruction.flags.length > 0 || cleanupScript.commands.some((c) => c.connector !== null && c.connector !== '&&' && c.connector !== ';' && c.connector !== 'newline')) return [];
  const commands = cleanupScript.commands.map((c) => tree.text.slice(c.span.start, c.span.end).split(`${tree.escapeChar}\n`).join(' ').split(`${tree.escapeChar}\r\n`).join(' ')).join(' && ');
  const append = appendCommand(script, commands);
  if (!append) return [];
  return [{ title: 'Move the cleanup into the RUN that created the files', edits: [append, deleteInstruction(tree, cleanup.instruction)], isPreferred: true }];
}
