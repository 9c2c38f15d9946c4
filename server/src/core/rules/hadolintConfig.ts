/**
 * `.hadolint.yaml` read into the keys RULES.md §3.1 honours. Pure: the caller reads the file. YAML is parsed
 * with the `yaml` package: the file may use block or flow lists, quoting and comments, and its positions
 * let a bad key be underlined in the config file itself.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Span } from '../syntax';

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
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const [start, end] = error.pos;
    problems.push({ message: `Invalid YAML: ${error.message.split('\n')[0]}. The configuration is not used.`, severity: 'error', span: { start, end: Math.max(end, start) } });
    return { config: EMPTY_HADOLINT_CONFIG, problems };
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config: EMPTY_HADOLINT_CONFIG, problems };
  if (!isMap(root)) {
    problems.push({ message: 'The configuration must be a mapping of keys (ignored, override, trustedRegistries, ...). It is not used.', severity: 'error', span: spanOf(root) });
    return { config: EMPTY_HADOLINT_CONFIG, problems };
  }
  const override: Record<HadolintLevel, readonly string[]> = { ...EMPTY_HADOLINT_CONFIG.override };
  const config: { -readonly [K in keyof HadolintConfig]: HadolintConfig[K] } = { ...EMPTY_HADOLINT_CONFIG, override };
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const value = item.value as YamlNode | null;
    const at = spanOf((item.key as YamlNode | null) ?? value);
    const bad = (expected: string) => problems.push({ message: `"${key}" must be ${expected}; this key is ignored.`, severity: 'error', span: spanOf(value) ?? at });
    switch (key) {
      case 'ignored': {
        const list = stringList(value);
        if (list) config.ignored = list;
        else bad('a list of rule codes');
        break;
      }
      case 'override': {
        if (!isMap(value)) { bad('a mapping of error/warning/info/style to lists of codes'); break; }
        for (const entry of value.items) {
          const level = isScalar(entry.key) ? String(entry.key.value) : '';
          const codes = stringList(entry.value as YamlNode | null);
          if (!(HADOLINT_LEVELS as readonly string[]).includes(level)) {
            problems.push({ message: `Unknown override level "${level}" (use error, warning, info or style); it is ignored.`, severity: 'warning', span: spanOf(entry.key as YamlNode) });
          } else if (!codes) {
            problems.push({ message: `"override.${level}" must be a list of rule codes; it is ignored.`, severity: 'error', span: spanOf(entry.value as YamlNode) });
          } else {
            override[level as HadolintLevel] = codes;
          }
        }
        break;
      }
      case 'trustedRegistries': {
        const list = isScalar(value) && typeof value.value === 'string' ? [value.value] : stringList(value);
        if (list) config.trustedRegistries = list;
        else bad('a registry name or a list of them');
        break;
      }
      case 'label-schema': {
        if (!isMap(value)) { bad('a mapping of label names to kinds'); break; }
        const schema: Record<string, string> = {};
        for (const entry of value.items) {
          if (isScalar(entry.key) && isScalar(entry.value)) schema[String(entry.key.value)] = String(entry.value.value);
        }
        config.labelSchema = schema;
        break;
      }
      case 'strict-labels':
      case 'disable-ignore-pragma':
      case 'no-fail':
      case 'no-color':
      case 'verbose': {
        if (!isScalar(value) || typeof value.value !== 'boolean') { bad('true or false'); break; }
        if (key === 'strict-labels') config.strictLabels = value.value;
        if (key === 'disable-ignore-pragma') config.disableIgnorePragma = value.value;
        if (key === 'no-fail') config.noFail = value.value;
        break;
      }
      case 'failure-threshold': {
        const level = isScalar(value) ? String(value.value) : '';
        if (THRESHOLDS.includes(level)) config.failureThreshold = level;
        else bad(`one of ${THRESHOLDS.join(', ')}`);
        break;
      }
      case 'format': {
        if (isScalar(value) && typeof value.value === 'string') config.format = value.value;
        else bad('a format name');
        break;
      }
      default:
        problems.push({ message: `Unknown key "${key}": it is ignored.`, severity: 'warning', span: at });
    }
  }
  return { config, problems };
}

function stringList(node: YamlNode | null | undefined): string[] | null {
  if (node === null || node === undefined) return [];
  if (isScalar(node) && node.value === null) return [];
  if (!isSeq(node)) return null;
  const out: string[] = [];
  for (const item of node.items) {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) return null;
    out.push(String(item.value).trim());
  }
  return out;
}

function spanOf(node: YamlNode | null | undefined): Span | null {
  const range = node?.range;
  return range ? { start: range[0], end: Math.max(range[1], range[0]) } : null;
}
