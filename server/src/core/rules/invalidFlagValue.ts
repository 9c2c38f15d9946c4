import type { Flag, Instruction } from '../syntax';
import type { Report, Rule } from './rule';
import { allInstructions } from './shared/instructions';
import { FLAGS_BY_INSTRUCTION } from './unknownFlag';

const BOOLEAN_FLAGS = new Set(['link', 'parents', 'keep-git-dir', 'unpack']);
const DURATION_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);
const GO_BOOLEAN = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;
/** Go's time.ParseDuration syntax: a signed sequence of decimal numbers with units, or a bare 0. */
const GO_DURATION = /^[-+]?(0|(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))*$/;
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

export const invalidFlagValue: Rule = {
  id: 'invalid-flag-value',
  aliases: ['FLAG_MISSING_VALUE', 'FLAG_EXPECTED_BOOLEAN_VALUE', 'FLAG_INVALID_DURATION', 'FLAG_MISSING_DURATION', 'FLAG_UNKNOWN_UNIT', 'FLAG_LESS_THAN_1MS', 'FLAG_AT_LEAST_ONE'],
  severity: 'error',
  category: 'correctness',
  description: 'A flag value the builder rejects: empty, not a boolean, a malformed or unitless duration, under 1 ms, negative retries.',
  docs: 'docs/rules/invalid-flag-value.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of allInstructions(analysis.tree)) {
      const known = FLAGS_BY_INSTRUCTION[instruction.kind] ?? [];
      for (const flag of instruction.flags) {
        if (!known.includes(flag.name.toLowerCase())) continue; // unknown-flag speaks about it
        const finding = fault(instruction, flag);
        if (finding) report(finding);
      }
    }
  },
};

function fault(instruction: Instruction, flag: Flag): Report | null {
  const name = flag.name.toLowerCase();
  const span = flag.valueSpan ?? flag.span;
  const value = flag.value;
  if (BOOLEAN_FLAGS.has(name)) {
    if (value === null || GO_BOOLEAN.test(value)) return null;
    return { message: `--${flag.name} takes true or false, not "${value}".`, span, alias: 'FLAG_EXPECTED_BOOLEAN_VALUE' };
  }
  if (value === null || value === '') {
    if (value === null && instruction.kind === 'HEALTHCHECK' && !DURATION_FLAGS.has(name) && name !== 'retries') return null;
    return { message: `--${flag.name} needs a value (--${flag.name}=…); the builder rejects it.`, span: flag.span, alias: 'FLAG_MISSING_VALUE' };
  }
  if (instruction.kind !== 'HEALTHCHECK' || value.includes('$')) return null;
  if (DURATION_FLAGS.has(name)) {
    if (!GO_DURATION.test(value)) {
      const unitless = /^[-+]?\d+(\.\d*)?$/.test(value);
      return { message: unitless ? `--${flag.name}=${value} has no unit: write e.g. ${value}s.` : `--${flag.name}=${value} is not a duration (e.g. 30s, 1m30s).`, span, alias: unitless ? 'FLAG_MISSING_DURATION' : 'FLAG_INVALID_DURATION' };
    }
    const ms = durationMs(value);
    if (ms < 0) return { message: `--${flag.name} cannot be negative.`, span, alias: 'FLAG_INVALID_DURATION' };
    if (ms > 0 && ms < 1) return { message: `--${flag.name} must be at least 1ms (or 0 for the default).`, span, alias: 'FLAG_LESS_THAN_1MS' };
    return null;
  }
  if (name === 'retries') {
    if (!/^[-+]?\d+$/.test(value)) return { message: `--retries takes a whole number, not "${value}".`, span, alias: 'FLAG_AT_LEAST_ONE' };
    if (Number(value) < 0) return { message: '--retries cannot be negative.', span, alias: 'FLAG_AT_LEAST_ONE' };
  }
  return null;
}

function durationMs(value: string): number {
  const sign = value.startsWith('-') ? -1 : 1;
  let total = 0;
  for (const match of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(match[1]) * UNIT_MS[match[2]];
  return sign * total;
}
