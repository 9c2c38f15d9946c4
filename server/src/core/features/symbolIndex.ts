/**
 * Every stage-name and variable occurrence of a Dockerfile, grouped by what it names, computed in one pass
 * and memoized per analysis. Definition, references, highlights, rename, semantic tokens and inlay hints
 * read it. Variable scoping follows BuildKit: ARGs before the first FROM are visible in FROM lines only;
 * inside a stage a name is visible after an ARG/ENV declares it (or in a stage it is built on), and
 * `ARG NAME` in a stage brings the global ARG of that name into scope (same build argument).
 */
import type { Analysis } from '../analysis';
import { findStage } from '../model';
import { itemAt } from './locate';
import type { Flag, Instruction, Span } from '../syntax';

export type SymbolKind = 'stage' | 'variable';

export interface Occurrence {
  readonly kind: SymbolKind;
  readonly name: string;
  /** Span of the name only (what a rename replaces). */
  readonly span: Span;
  readonly role: 'definition' | 'reference';
  /** Occurrences with the same group name the same thing. */
  readonly group: number;
  /** For references: the declaration that gives the value here; null when nothing visible declares it. */
  readonly declaration: Occurrence | null;
  /** For variable definitions: the default value as written (quotes kept), or null. */
  readonly value: string | null;
  /** Stage index of a stage occurrence's target, or the stage holding a variable occurrence (-1: global). */
  readonly stage: number;
}

export interface SymbolIndex {
  /** All occurrences ordered by offset. */
  readonly occurrences: readonly Occurrence[];
  readonly groups: ReadonlyMap<number, readonly Occurrence[]>;
}

const cache = new WeakMap<Analysis, SymbolIndex>();

export function symbolIndex(analysis: Analysis): SymbolIndex {
  let index = cache.get(analysis);
  if (!index) {
    index = new IndexBuilder(analysis).build();
    cache.set(analysis, index);
  }
  return index;
}

export function occurrenceAt(analysis: Analysis, offset: number): Occurrence | null {
  return itemAt(symbolIndex(analysis).occurrences, offset);
}

export function groupOf(analysis: Analysis, occurrence: Occurrence): readonly Occurrence[] {
  return symbolIndex(analysis).groups.get(occurrence.group) ?? [occurrence];
}

/** A group can be renamed when it has a definition in this file (not `$HOME` from the base image). */
export function isRenamable(analysis: Analysis, occurrence: Occurrence): boolean {
  return groupOf(analysis, occurrence).some((o) => o.role === 'definition');
}

export const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidName(kind: SymbolKind, name: string): boolean {
  return (kind === 'stage' ? STAGE_NAME : VARIABLE_NAME).test(name);
}

interface Binding {
  readonly group: number;
  readonly last: Occurrence;
}

type Scope = Map<string, Binding>;

class IndexBuilder {
  private readonly occurrences: Occurrence[] = [];
  private nextGroup = 0;
  private readonly unresolved = new Map<string, number>();
  private commentIndex = 0;

  constructor(private readonly analysis: Analysis) {}

  build(): SymbolIndex {
    const { image, tree } = this.analysis;
    const stageGroups = image.stages.map(() => this.nextGroup++);
    const names = image.stages.map((s) => s.name);
    const globals: Scope = new Map();
    const finalScopes: Scope[] = [];
    let stage = -1;
    let scope: Scope = globals;
    for (const instruction of tree.instructions) {
      if (instruction.kind === 'FROM') {
        stage++;
        const model = image.stages[stage];
        this.stageReferencesInFrom(instruction, stage, names, stageGroups);
        this.variableReferences(instruction, globals, stage);
        if (stage > 0) finalScopes[stage - 1] = scope;
        scope = new Map(model.baseStage !== null && finalScopes[model.baseStage] ? finalScopes[model.baseStage] : []);
        continue;
      }
      if (instruction.kind !== 'ONBUILD') {
        this.stageReferencesInFlags(instruction, names, stageGroups);
        this.variableReferences(instruction, stage < 0 ? globals : scope, stage);
      }
      if (instruction.kind === 'ARG' || instruction.kind === 'ENV') this.declare(instruction, stage < 0 ? globals : scope, globals, stage);
    }
    this.occurrences.sort((a, b) => a.span.start - b.span.start);
    const groups = new Map<number, Occurrence[]>();
    for (const o of this.occurrences) {
      const list = groups.get(o.group);
      if (list) list.push(o);
      else groups.set(o.group, [o]);
    }
    return { occurrences: this.occurrences, groups };
  }

  private stageReferencesInFrom(from: Instruction, stage: number, names: readonly (string | null)[], groups: readonly number[]): void {
    const [image, as, name] = from.words;
    if (image && !image.value.includes('$')) {
      const base = findStage(image.value, names.slice(0, stage), false);
      if (base !== null) this.add({ kind: 'stage', name: image.value, span: image.span, role: 'reference', group: groups[base], declaration: null, value: null, stage: base });
    }
    if (as && name && as.value.toLowerCase() === 'as') {
      this.add({ kind: 'stage', name: name.value, span: name.span, role: 'definition', group: groups[stage], declaration: null, value: null, stage });
    }
    this.stageReferencesInFlags(from, names, groups);
  }

  /** `COPY --from=name`, `RUN --mount=from=name`. */
  private stageReferencesInFlags(instruction: Instruction, names: readonly (string | null)[], groups: readonly number[]): void {
    for (const flag of instruction.flags) {
      const flagName = flag.name.toLowerCase();
      if (flagName === 'from' && (instruction.kind === 'COPY' || instruction.kind === 'ADD')) {
        const span = this.plainValueSpan(flag);
        if (span) this.stageReference(flag.value ?? '', span, names, groups);
      } else if (flagName === 'mount' && flag.valueSpan) {
        for (const field of mountFields(this.analysis.text, flag.valueSpan)) {
          if (field.key.toLowerCase() === 'from') this.stageReference(field.value, field.valueSpan, names, groups);
        }
      }
    }
  }

  private stageReference(value: string, span: Span, names: readonly (string | null)[], groups: readonly number[]): void {
    if (!value || /^\d+$/.test(value) || value.includes('$')) return;
    const stage = findStage(value, names, false);
    if (stage !== null) this.add({ kind: 'stage', name: value, span, role: 'reference', group: groups[stage], declaration: null, value: null, stage });
  }

  /** The flag value's span when it is written without quotes or escapes (so the span is the value). */
  private plainValueSpan(flag: Flag): Span | null {
    if (!flag.valueSpan || flag.value === null) return null;
    return this.analysis.text.slice(flag.valueSpan.start, flag.valueSpan.end) === flag.value ? flag.valueSpan : null;
  }

  private declare(instruction: Instruction, scope: Scope, globals: Scope, stage: number): void {
    for (const pair of instruction.pairs) {
      if (!VARIABLE_NAME.test(pair.key)) continue;
      const existing = scope.get(pair.key) ?? (instruction.kind === 'ARG' && scope !== globals ? globals.get(pair.key) : undefined);
      const group = existing ? existing.group : this.nextGroup++;
      const occurrence = this.add({ kind: 'variable', name: pair.key, span: pair.keySpan, role: 'definition', group, declaration: null, value: pair.value, stage });
      // `ARG NAME` without default keeps the value of the declaration it redeclares.
      const last = pair.value === null && existing && instruction.kind === 'ARG' ? existing.last : occurrence;
      scope.set(pair.key, { group, last });
    }
  }

  /** `$NAME` and `${NAME…}` in the instruction's text (comments and literal heredoc bodies skipped). */
  private variableReferences(instruction: Instruction, scope: Scope, stage: number): void {
    const text = this.analysis.text;
    const escape = this.analysis.tree.escapeChar;
    const skip = this.skippedSpans(instruction);
    let from = instruction.keywordSpan.end;
    const end = instruction.span.end;
    for (let at = text.indexOf('$', from); at >= 0 && at < end; at = text.indexOf('$', from)) {
      from = at + 1;
      if (skip.some((s) => at >= s.start && at < s.end)) continue;
      if (isEscaped(text, at, escape)) continue;
      const nameStart = text[at + 1] === '{' ? at + 2 : at + 1;
      let nameEnd = nameStart;
      while (nameEnd < end && /[A-Za-z0-9_]/.test(text[nameEnd])) nameEnd++;
      if (nameEnd === nameStart || /[0-9]/.test(text[nameStart])) continue;
      const name = text.slice(nameStart, nameEnd);
      const binding = scope.get(name);
      let group: number;
      if (binding) {
        group = binding.group;
      } else {
        const key = `${stage}:${name}`;
        group = this.unresolved.get(key) ?? this.nextGroup++;
        this.unresolved.set(key, group);
      }
      this.add({ kind: 'variable', name, span: { start: nameStart, end: nameEnd }, role: 'reference', group, declaration: binding?.last ?? null, value: null, stage });
      from = nameEnd;
    }
  }

  private skippedSpans(instruction: Instruction): Span[] {
    const spans: Span[] = [];
    const comments = this.analysis.tree.comments;
    while (this.commentIndex < comments.length && comments[this.commentIndex].span.end < instruction.span.start) this.commentIndex++;
    for (let i = this.commentIndex; i < comments.length && comments[i].span.start < instruction.span.end; i++) spans.push(comments[i].span);
    for (const heredoc of instruction.heredocs) if (!heredoc.expand) spans.push(heredoc.bodySpan);
    return spans;
  }

  private add(occurrence: Occurrence): Occurrence {
    this.occurrences.push(occurrence);
    return occurrence;
  }
}

function isEscaped(text: string, at: number, escape: string): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text[i] === escape; i--) count++;
  return count % 2 === 1;
}

export interface MountField {
  readonly key: string;
  readonly value: string;
  readonly keySpan: Span;
  readonly valueSpan: Span;
}

/** `type=cache,from=build,target=/x` fields of a `--mount` value with document spans (as written). */
export function mountFields(text: string, valueSpan: Span): MountField[] {
  const fields: MountField[] = [];
  let start = valueSpan.start;
  for (let i = valueSpan.start; i <= valueSpan.end; i++) {
    if (i < valueSpan.end && text[i] !== ',') continue;
    const part = text.slice(start, i);
    const eq = part.indexOf('=');
    if (eq > 0) {
      fields.push({
        key: part.slice(0, eq),
        value: part.slice(eq + 1),
        keySpan: { start, end: start + eq },
        valueSpan: { start: start + eq + 1, end: i },
      });
    }
    start = i + 1;
  }
  return fields;
}
