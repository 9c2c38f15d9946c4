import type { StageModel, Step } from '../model';
import { unquote, type JsonString, type Word } from '../syntax';
import type { Rule, RuleContext } from './rule';
import { copiedPaths, removes, resolvePath, workdirsOf } from './shared/paths';
import { layerName, runSteps } from './shared/runScripts';

const SECRET_NAMES = [
  /^id_(?:rsa|dsa|ecdsa|ed25519)(?:\.(?!pub$)[\w-]+)?$/, /\.pem$/, /\.key$/, /\.p12$/, /\.pfx$/, /^\.npmrc$/, /^\.pypirc$/, /^\.netrc$/,
  /^\.git-credentials$/, /^\.env(?:\.(?!example$|sample$|template$|dist$)[\w-]+)?$/, /^credentials(?:\.|$)/, /^auth\.json$/, /^kubeconfig$/,
];

export const secretFileInLayer: Rule = {
  id: 'secret-file-in-layer',
  aliases: [],
  severity: 'warning',
  category: 'security',
  docs: 'docs/rules/secret-file-in-layer.md',
  tier: 1,
  scope: 'shipped',
  description: 'COPY/ADD of a credential-looking file into a shipped stage: anyone with the image can read it from its layer.',
  check(context) {
    for (const stage of context.analysis.image.stages) {
      if (!stage.ships) continue;
      for (const step of stage.steps) {
        const copy = step.instruction;
        if (step.onbuild || (copy.kind !== 'COPY' && copy.kind !== 'ADD') || copy.heredocs.length > 0) continue;
        const sources = copy.json ? copy.json.elements : copy.words;
        // The last word is the destination; paths are resolved only for a source that looks like a secret.
        for (let k = 0; k < sources.length - 1; k++) {
          const source = sources[k];
          const name = baseName(unquote(source.value));
          if (name.includes('$') || !isSecretName(name)) continue;
          reportSecret(context, stage, step, source, name);
        }
      }
    }
  },
};

/** Reports a secret-looking source, with the later RUN that deletes it if there is one (a function: closures in the loops would cost every step a context). */
function reportSecret({ analysis, options, report }: RuleContext, stage: StageModel, step: Step, source: Word | JsonString, name: string): void {
  const copy = step.instruction;
  const workdirs = workdirsOf(stage);
  const target = copiedPaths(copy, workdirs.get(step) ?? null).find((c) => c.span.start === source.span.start)?.path ?? null;
  const runs = runSteps(analysis, options.nonPosixStages);
  const deleter = target === null ? undefined : runs.find((r) => r.stage === stage && r.instruction.span.start > copy.span.start
    && r.commands.some((c) => c.program === 'rm' && c.args.some((a) => removes(resolvePath(a.value, workdirs.get(r.step) ?? null) ?? '/', target))));
  const later = deleter ? ` Deleting it in ${layerName(deleter.step)} does not help: the lower layer keeps it.` : '';
  report({
    message: `${name} looks like a credential, and COPY stores it in ${layerName(step)} of the shipped image: anyone who can pull the image can read it.${later} Pass it only to the step that needs it: RUN --mount=type=secret,id=…`,
    span: source.span,
    related: deleter ? [{ span: deleter.instruction.keywordSpan, message: `deleted here, but still in ${layerName(step)}` }] : [],
  });
}

/** The last path segment, trailing slashes ignored (`a/b/` -> `b`), without splitting the path. */
function baseName(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}

function isSecretName(name: string): boolean {
  for (const pattern of SECRET_NAMES) if (pattern.test(name)) return true;
  return false;
}
