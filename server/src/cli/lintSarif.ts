/** SARIF 2.1.0 output of `layerwise lint --format sarif`: every rule with its help URI, results with regions. */
import { RULES, type RuleSeverity, type Severity } from '../core/rules';
import type { LintedFile } from './lint';

export const REPOSITORY_URL = 'https://github.com/layerwise/layerwise';
const DOCS_BASE = `${REPOSITORY_URL}/blob/main/`;

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<RuleSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

export function toSarif(results: readonly LintedFile[], version: string): object {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'layerwise',
          version,
          informationUri: REPOSITORY_URL,
          rules: RULES.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            helpUri: `${DOCS_BASE}${rule.docs}`,
            defaultConfiguration: { level: LEVEL[rule.severity], enabled: rule.severity !== 'off' },
            properties: { category: rule.category, aliases: [...rule.aliases], tier: rule.tier ?? 1 },
          })),
        },
      },
      artifacts: results.map((r) => ({ location: { uri: artifactUri(r.file) } })),
      results: results.flatMap((file, artifactIndex) => file.diagnostics.map((d) => ({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: LEVEL[d.severity as Severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file.file), index: artifactIndex },
            region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
          },
        }],
        properties: { aliases: d.aliases, fixable: d.fixable },
      }))),
      columnKind: 'utf16CodeUnits',
    }],
  };
}

/** A relative URI reference with `/` separators (stdin becomes `stdin`). */
function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
