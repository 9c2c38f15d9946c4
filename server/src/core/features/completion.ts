/** Completion items at an offset: keywords, flags and their values, directives, variables, stage names. */
import type { Analysis } from '../analysis';
import { visibleDeclarations } from '../model';
import { INSTRUCTION_KINDS, type Instruction, type Span } from '../syntax';
import { INSTRUCTION_DOCS } from '../docs';
import {
  DIRECTIVES, flagDocumentation, flagsOf, MOUNT_TYPE_NAMES, mountTypeDoc, ONBUILD_TRIGGERS, PLATFORM_ARGS, PLATFORMS, SAMPLE_VALUES, snippetAfterKeyword,
  type FlagInfo, type KnownKind,
} from './completionData';
import { applyCase, effectNote, instructionAtOrContinued, keywordCase, stageAt } from './locate';

export type CompletionKind = 'keyword' | 'flag' | 'value' | 'variable' | 'stage' | 'directive' | 'modifier';

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  readonly snippet: boolean;
  /** The text the item replaces. */
  readonly span: Span;
  /** Ask for completion again after inserting (`--mount=` then its keys). */
  readonly retrigger?: boolean;
}

const KNOWN = INSTRUCTION_KINDS as readonly KnownKind[];

export function completionsAt(analysis: Analysis, offset: number): Completion[] {
  const { text, lines } = analysis;
  const lineStart = lines.lineStart(lines.lineAt(offset));
  const prefix = text.slice(lineStart, offset);
  const instruction = instructionAtOrContinued(analysis, offset);
  if (/^\s*#/.test(prefix)) return instruction && isContinuationComment(instruction, lineStart) ? [] : directiveCompletions(analysis, prefix, offset);
  if (instruction && instruction.heredocs.some((h) => offset >= h.bodySpan.start)) return [];
  const word = /[A-Za-z]*$/.exec(prefix)![0];
  if (/^\s*[A-Za-z]*$/.test(prefix) && (!instruction || offset <= instruction.keywordSpan.end)) {
    return keywordCompletions(analysis, KNOWN, { start: offset - word.length, end: wordEnd(text, offset) }, word);
  }
  if (!instruction) return [];
  return argumentCompletions(analysis, instruction, offset);
}

function isContinuationComment(instruction: Instruction, lineStart: number): boolean {
  return lineStart > instruction.keywordSpan.start;
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[A-Za-z]/.test(text[end])) end++;
  return end;
}

function keywordCompletions(analysis: Analysis, kinds: readonly KnownKind[], span: Span, typed: string): Completion[] {
  const style = analysis.tree.instructions.some((i) => i.kind !== 'UNKNOWN') ? keywordCase(analysis) : typed && typed === typed.toLowerCase() ? 'lower' : 'upper';
  return kinds.map((kind) => {
    const keyword = applyCase(kind, style);
    return {
      label: keyword,
      kind: 'keyword',
      detail: effectNote(kind),
      documentation: instructionDocumentation(kind),
      insertText: `${keyword} ${snippetAfterKeyword(kind)}`,
      snippet: true,
      span,
    };
  });
}

export function instructionDocumentation(kind: KnownKind): string {
  const doc = INSTRUCTION_DOCS[kind];
  return [doc.summary, `**Layer:** ${doc.layerEffect}`, `**Cache:** ${doc.cache}`, `[Dockerfile reference](${doc.url})`].join('\n\n');
}

function directiveCompletions(analysis: Analysis, prefix: string, offset: number): Completion[] {
  const lineIndex = analysis.lines.lineAt(offset);
  const firstInstruction = analysis.tree.instructions[0];
  if (firstInstruction && firstInstruction.span.start < offset) return [];
  // Directives count only in the unbroken block of directive lines at the top.
  const contentLine = analysis.lines.lineAt(analysis.tree.contentStart);
  if (lineIndex - contentLine > analysis.tree.directives.filter((d) => d.span.start < analysis.lines.lineStart(lineIndex)).length) return [];
  const valueMatch = /^\s*#\s*([A-Za-z]+)\s*=\s*(\S*)$/.exec(prefix);
  if (valueMatch) {
    const directive = DIRECTIVES.find((d) => d.name === valueMatch[1].toLowerCase());
    if (!directive) return [];
    const span = { start: offset - valueMatch[2].length, end: offset };
    return directive.values.map((v) => ({ label: v.value, kind: 'value', detail: v.description, documentation: directive.doc, insertText: v.value, snippet: false, span }));
  }
  const nameMatch = /^\s*#\s*([A-Za-z]*)$/.exec(prefix);
  if (!nameMatch) return [];
  const used = new Set(analysis.tree.directives.map((d) => d.name));
  const span = { start: offset - nameMatch[1].length, end: offset };
  return DIRECTIVES.filter((d) => !used.has(d.name)).map((d) => ({
    label: `${d.name}=`,
    kind: 'directive',
    detail: 'parser directive',
    documentation: `${d.doc}\n\nParser directives must come before any instruction or other comment.`,
    insertText: `${d.name}=`,
    snippet: false,
    span,
    retrigger: true,
  }));
}

function argumentCompletions(analysis: Analysis, instruction: Instruction, offset: number): Completion[] {
  if (instruction.kind === 'ONBUILD') {
    const trigger = instruction.trigger;
    if (!trigger || offset <= trigger.keywordSpan.end) {
      const start = trigger && offset >= trigger.keywordSpan.start ? trigger.keywordSpan.start : offset;
      return keywordCompletions(analysis, ONBUILD_TRIGGERS, { start, end: trigger && offset >= trigger.keywordSpan.start ? trigger.keywordSpan.end : offset }, analysis.text.slice(start, offset));
    }
    return argumentCompletions(analysis, trigger, offset);
  }
  const { text } = analysis;
  let tokenStart = offset;
  while (tokenStart > instruction.keywordSpan.end && !/\s/.test(text[tokenStart - 1])) tokenStart--;
  const token = text.slice(tokenStart, offset);
  const variable = /\$(\{)?([A-Za-z_][A-Za-z0-9_]*)?(:)?$/.exec(token);
  if (variable) return variableCompletions(analysis, instruction, offset, variable);
  const inFlagArea = instruction.words.every((w) => w.span.start >= tokenStart);
  const flags = flagsOf(instruction.kind);
  if (inFlagArea && token.startsWith('--')) return flagCompletions(analysis, instruction, flags, token, tokenStart, offset);
  const results: Completion[] = [];
  if (inFlagArea && token === '') results.push(...flagNameCompletions(instruction, flags, { start: offset, end: offset }));
  const wordIndex = instruction.words.filter((w) => w.span.end < tokenStart).length;
  const span = { start: tokenStart, end: offset };
  switch (instruction.kind) {
    case 'FROM':
      if (wordIndex === 0) {
        results.push(...stageCompletions(analysis, instruction, span, true));
        results.push(simple('scratch', 'value', 'The empty image: the stage starts with no layers at all (for static binaries).', span));
      }
      if (wordIndex === 1) results.push(simple('AS', 'keyword', 'Names this stage, for `COPY --from=<name>`, `FROM <name>` and `--target`.', span, 'AS '));
      break;
    case 'HEALTHCHECK':
      if (wordIndex === 0) {
        results.push(simple('CMD', 'keyword', 'The command that checks the container (exit 0: healthy, 1: unhealthy).', span, 'CMD '));
        results.push(simple('NONE', 'keyword', 'Disables any health check inherited from the base image.', span, 'NONE'));
      }
      break;
    case 'ARG':
      if (!token.includes('=')) results.push(...argNameCompletions(analysis, instruction, span));
      break;
    default:
      break;
  }
  return results;
}

function simple(label: string, kind: CompletionKind, documentation: string, span: Span, insertText = label, retrigger = false): Completion {
  return { label, kind, documentation, insertText, snippet: false, span, retrigger };
}

function flagNameCompletions(instruction: Instruction, flags: readonly FlagInfo[], span: Span): Completion[] {
  const used = new Set(instruction.flags.map((f) => f.name.toLowerCase()));
  return flags.filter((f) => f.repeatable || !used.has(f.name)).map((f) => {
    const bare = f.values === 'boolean';
    return {
      label: `--${f.name}`,
      kind: 'flag',
      detail: f.doc?.valueHint ? `--${f.name}=${f.doc.valueHint}` : `${instruction.kind} flag`,
      documentation: flagDocumentation(f),
      insertText: bare ? `--${f.name}` : `--${f.name}=`,
      snippet: false,
      span,
      retrigger: !bare,
    };
  });
}

function flagCompletions(analysis: Analysis, instruction: Instruction, flags: readonly FlagInfo[], token: string, tokenStart: number, offset: number): Completion[] {
  const eq = token.indexOf('=');
  if (eq < 0) return flagNameCompletions(instruction, flags, { start: tokenStart, end: offset });
  const info = flags.find((f) => f.name === token.slice(2, eq).toLowerCase());
  if (!info) return [];
  const valueStart = tokenStart + eq + 1;
  const span = { start: valueStart, end: offset };
  switch (info.values) {
    case 'stage':
      return stageCompletions(analysis, instruction, span, false);
    case 'platform':
      return PLATFORMS.map((p) => simple(p, 'value', p.startsWith('$') ? `The automatic \`${p.slice(1)}\` build argument.` : `Platform \`${p}\`.`, span));
    case 'listed':
      return (info.doc?.values ?? []).map((v) => simple(v.value, 'value', v.description, span));
    case 'mount':
      return mountCompletions(analysis, instruction, token.slice(eq + 1), valueStart, offset);
    case 'text':
      return [];
    case 'chmod': case 'chown': case 'boolean': case 'duration': case 'number':
      return (info.doc?.values.length ? info.doc.values.map((v) => v.value) : SAMPLE_VALUES[info.values] ?? []).map((v) => simple(v, 'value', flagDocumentation(info), span));
  }
}

function mountCompletions(analysis: Analysis, instruction: Instruction, value: string, valueStart: number, offset: number): Completion[] {
  const comma = value.lastIndexOf(',');
  const fieldStart = valueStart + comma + 1;
  const field = value.slice(comma + 1);
  const earlier = value.slice(0, comma + 1).split(',').filter(Boolean).map((f) => f.split('='));
  const type = earlier.find(([k]) => k.toLowerCase() === 'type')?.[1]?.toLowerCase() ?? null;
  const typeDoc = mountTypeDoc(type ?? 'bind');
  const eq = field.indexOf('=');
  if (eq < 0) {
    const used = new Set(earlier.map(([k]) => k.toLowerCase()));
    const span = { start: fieldStart, end: offset };
    const keys = (type === null ? [{ key: 'type', description: `Mount type: ${MOUNT_TYPE_NAMES.join(', ')} (bind when omitted).` }] : []).concat(typeDoc ? typeDoc.options : []);
    return keys.filter((k) => !used.has(k.key)).map((k) => simple(`${k.key}=`, 'flag', `${k.description}${type ? ` (type=${type})` : ''}`, span, `${k.key}=`, true));
  }
  const key = field.slice(0, eq).toLowerCase();
  const span = { start: fieldStart + eq + 1, end: offset };
  if (key === 'type') return MOUNT_TYPE_NAMES.map((t) => simple(t, 'value', mountTypeDoc(t)!.summary, span));
  if (key === 'from') return stageCompletions(analysis, instruction, span, false);
  const option = typeDoc?.options.find((o) => o.key === key);
  return (option?.values ?? []).map((v) => simple(v, 'value', `\`${key}=${v}\`: ${option!.description}`, span));
}

function stageCompletions(analysis: Analysis, instruction: Instruction, span: Span, earlierOnly: boolean): Completion[] {
  const current = stageAt(analysis, instruction.keywordSpan.start);
  return analysis.image.stages
    .filter((s) => s.name !== null && s !== current && (!earlierOnly || !current || s.index < current.index || instruction.kind === 'FROM' && s.start < instruction.span.start))
    .map((s) => ({
      label: s.name!,
      kind: 'stage',
      detail: `stage ${s.index}: FROM ${s.baseImage}`,
      documentation: `${s.layerCount} layer${s.layerCount === 1 ? '' : 's'} of its own${s.ships ? '; its layers ship in the final image' : '; build-only: only what is copied out of it reaches the image'}.`,
      insertText: s.name!,
      snippet: false,
      span,
    }));
}

function argNameCompletions(analysis: Analysis, instruction: Instruction, span: Span): Completion[] {
  const inStage = stageAt(analysis, instruction.keywordSpan.start) !== null;
  const declared = new Set(visibleDeclarations(analysis, instruction.span.start).map((d) => d.name));
  const items: Completion[] = PLATFORM_ARGS.filter((a) => !declared.has(a.name)).map((a) => simple(a.name, 'variable', `${a.doc} Set automatically by the builder${inStage ? '; `ARG ' + a.name + '` makes it visible in this stage' : ''}.`, span));
  if (inStage) {
    for (const global of analysis.image.preamble) {
      if (global.kind !== 'ARG') continue;
      for (const pair of global.pairs) {
        if (declared.has(pair.key)) continue;
        declared.add(pair.key);
        items.push(simple(pair.key, 'variable', `Global ARG${pair.value === null ? '' : ` (default \`${pair.value}\`)`}: declare it here to use it in this stage.`, span));
      }
    }
  }
  return items;
}

function variableCompletions(analysis: Analysis, instruction: Instruction, offset: number, match: RegExpExecArray): Completion[] {
  const braced = match[1] === '{';
  const typed = match[2] ?? '';
  if (match[3] === ':' ) {
    if (!braced) return [];
    const span = { start: offset - 1, end: offset };
    return [
      simple(':-', 'modifier', `\`\${${typed}:-default}\`: the default when ${typed} is unset or empty.`, span, ':-'),
      simple(':+', 'modifier', `\`\${${typed}:+alternative}\`: the alternative when ${typed} is set and not empty, else empty.`, span, ':+'),
    ];
  }
  const span = { start: offset - typed.length, end: offset + (/^[A-Za-z0-9_]*/.exec(analysis.text.slice(offset))![0].length) };
  const closes = braced && analysis.text[span.end] !== '}';
  const seen = new Set<string>();
  const items: Completion[] = [];
  const onFrom = instruction.kind === 'FROM';
  const declarations = onFrom ? visibleDeclarations(analysis, instruction.span.start).filter((d) => d.stage < 0) : visibleDeclarations(analysis, instruction.span.start);
  for (const d of declarations) {
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    const where = d.stage < 0 ? 'global ARG' : d.kind;
    items.push({
      label: d.name,
      kind: 'variable',
      detail: d.pair.value === null ? where : `${where} = ${d.pair.value}`,
      documentation: `Declared on line ${analysis.lines.lineAt(d.pair.keySpan.start) + 1}. ${d.kind === 'ARG' ? 'A build argument: set with `--build-arg`, not present in running containers.' : 'An environment variable: also set in every container of the image.'}`,
      insertText: closes ? `${d.name}}` : d.name,
      snippet: false,
      span,
    });
  }
  if (onFrom) {
    for (const a of PLATFORM_ARGS) if (!seen.has(a.name)) items.push(simple(a.name, 'variable', `${a.doc} Available in FROM lines automatically.`, span, closes ? `${a.name}}` : a.name));
  }
  return items;
}
