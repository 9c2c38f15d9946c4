/** Which scripts the edge should give ShellCheck for one analysis under one configuration. */
import type { Analysis } from '../analysis';
import { SeverityResolver, type LintConfig } from './config';
import { shellcheck } from './shellcheck';
import { shellcheckScripts } from './shared/shellcheckScripts';

/** The script texts to check, or none when the `shellcheck` rule is off under this configuration. */
export function shellcheckRequest(analysis: Analysis, config: LintConfig): string[] {
  const fileCheck = analysis.tree.directives.find((d) => d.name === 'check')?.value ?? null;
  if (!new SeverityResolver(config, fileCheck).mayRun(shellcheck)) return [];
  return shellcheckScripts(analysis).map((s) => s.text);
}
