/**
 * `.hadolint.yaml` read into the keys RULES.md §3.1 honours. Pure: the caller reads the file. The YAML subset
 * these files use (block or flow lists, quoting, comments) is read by hadolintYaml.ts, with positions that
 * let a bad key be underlined in the config file itself.
 */
import type { Span } from '../syntax';
import { parseYaml, YamlError, type YamlNode } from './hadolintYaml';

export type HadolintLevel = 'error' | 'warning' | 'info' | 'style';
export const HADOLINT_LEVELS: readonly HadolintLevel[] = ['error', 'warning', 'info', 'style'];

export interface HadolintConfig {
  readonly ignored: readonly string[];
  readonly override: Readonly<Record<HadolintLevel, readonly string[]>>;
  readonly trustedRegistries: readonly string[] | null;
  readonly labelSchema: Readonly<Record<string, string>> | null;
  readonly strictLabels: boolean;
  readonly disableIgnorePragma: boolean;
  /** `error|warning|info|style|ignore|none`, or null when not set. */
  readonly failureThreshold: string | null;
  readonly noFail: boolean;
  readonly format: string | null;
}

export interface ConfigProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Where in the config text, when known. */
  readonly span: Span | null;
}

export const EMPTY_HADOLINT_CONFIG: HadolintConfig = {
  ignored: [],
  override: { error: [], warning: [], info: [], style: [] },
  trustedRegistries: null,
  labelSchema: null,
  strictLabels: false,
  disableIgnorePragma: false,
  failureThreshold: null,
  noFail: false,
  format: null,
};

const THRESHOLDS = ['error', 'warning', 'info', 'style', 'ignore', 'none'];

/** Reads a `.hadolint.yaml` text. Never throws: a broken file gives the empty config plus problems. */
export function parseHadolintConfig(text: string): { config: HadolintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let root: YamlNode | null;
  try {
    root = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    problems.push({ message: `Invalid YAML: ${error.message}. The configuration is not used.`, severity: 'error', span: error.span });
    return { config: EMPTY_HADOLINT_CONFIG, problems };
  }
  if (root === null || (root.kind === 'scalar' && (root.value === null || root.value === ''))) return { config: EMPTY_HADOLINT_CONFIG, problems };
  if (root.kind !== 'map') {
    problems.push({ message: 'The configuration must be a mapping of keys (ignored, override, trustedRegistries, ...). It is not used.', severity: 'error', span: root.span });
    return { config: EMPTY_HADOLINT_CONFIG, problems };
  }
  const override: Record<HadolintLevel, readonly string[]> = { ...EMPTY_HADOLINT_CONFIG.override };
  const config: { -readonly [K in keyof HadolintConfig]: HadolintConfig[K] } = { ...EMPTY_HADOLINT_CONFIG, override };
  for (const item of root.entries) {
    const key = String(item.key.value);
    const value = item.value;
    const at = item.key.span;
    const bad = (expected: string) => problems.push({ message: `"${key}" must be ${expected}; this key is ignored.`, severity: 'error', span: value?.span ?? at });
    switch (key) {
      case 'ignored': {
        const list = stringList(value);
        if (list) config.ignored = list;
        else bad('a list of rule codes');
        break;
      }
      case 'override': {
        if (value?.kind !== 'map') { bad('a mapping of error/warning/info/style to lists of codes'); break; }
        for (const entry of value.entries) {
          const level = String(entry.key.value);
          const codes = stringList(entry.value);
          if (!(HADOLINT_LEVELS as readonly string[]).includes(level)) {
            problems.push({ message: `Unknown override level "${level}" (use error, warning, info or style); it is ignored.`, severity: 'warning', span: entry.key.span });
          } else if (!codes) {
            problems.push({ message: `"override.${level}" must be a list of rule codes; it is ignored.`, severity: 'error', span: entry.value?.span ?? entry.key.span });
          } else {
            override[level as HadolintLevel] = codes;
          }
        }
        break;
      }
      case 'trustedRegistries': {
        const list = value?.kind === 'scalar' && typeof value.value === 'string' ? [value.value] : stringList(value);
        if (list) config.trustedRegistries = list;
        else bad('a registry name or a list of them');
        break;
      }
      case 'label-schema': {
        if (value?.kind !== 'map') { bad('a mapping of label names to kinds'); break; }
        const schema: Record<string, string> = {};
        for (const entry of value.entries) {
          if (entry.value?.kind === 'scalar') schema[String(entry.key.value)] = String(entry.value.value);
        }
        config.labelSchema = schema;
        break;
      }
      case 'strict-labels':
      case 'disable-ignore-pragma':
      case 'no-fail':
      case 'no-color':
      case 'verbose': {
        if (value?.kind !== 'scalar' || typeof value.value !== 'boolean') { bad('true or false'); break; }
        if (key === 'strict-labels') config.strictLabels = value.value;
        if (key === 'disable-ignore-pragma') config.disableIgnorePragma = value.value;
        if (key === 'no-fail') config.noFail = value.value;
        break;
      }
      case 'failure-threshold': {
        const level = value?.kind === 'scalar' ? String(value.value) : '';
        if (THRESHOLDS.includes(level)) config.failureThreshold = level;
        else bad(`one of ${THRESHOLDS.join(', ')}`);
        break;
      }
      case 'format': {
        if (value?.kind === 'scalar' && typeof value.value === 'string') config.format = value.value;
        else bad('a format name');
        break;
      }
      default:
        problems.push({ message: `Unknown key "${key}": it is ignored.`, severity: 'warning', span: at });
    }
  }
  return { config, problems };
}

function stringList(node: YamlNode | null): string[] | null {
  if (node === null) return [];
  if (node.kind === 'scalar' && node.value === null) return [];
  if (node.kind !== 'list') return null;
  const out: string[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar' || (typeof item.value !== 'string' && typeof item.value !== 'number')) return null;
    out.push(String(item.value).trim());
  }
  return out;
}
