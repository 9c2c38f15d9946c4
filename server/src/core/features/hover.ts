/** Hover texts: what an instruction does to this image, stage and variable definitions. */
import type { Analysis } from '../analysis';
import { DIRECTIVE_DOCS, FLAG_DOCS, MOUNT_TYPES, PLATFORM_ARGS, PLATFORM_ARGS_SCOPE, type DirectiveDoc, type MountTypeDoc } from '../docs';
import { findStage, parseMount, visibleDeclarations, variableAt, type StageModel, type Step } from '../model';
import type { Directive, Flag, Instruction, Span } from '../syntax';
import { instructionHelp } from './instructionHelp';
import { mountFields } from './symbolIndex';

export interface Hover {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(analysis: Analysis, offset: number): Hover | null {
  const directive = analysis.tree.directives.find((d) => d.span.start <= offset && offset <= d.span.end);
  if (directive) return directiveHover(directive);
  const located = locate(analysis, offset);
  if (!located) return null;
  const { stage, step, instruction } = located;
  const variable = variableAt(analysis.text, offset);
  if (variable && variable.start >= instruction.span.start && variable.end <= instruction.span.end) {
    return variableHover(analysis, variable.name, offset, { start: variable.start, end: variable.end });
  }
  const flag = instruction.flags.find((f) => f.span.start <= offset && offset <= f.span.end);
  if (flag && flag.name.toLowerCase() === 'from' && flag.valueSpan && !contains(flag.nameSpan, offset)) return stageReferenceHover(analysis, flag);
  if (flag) {
    const help = flagHover(analysis, instruction, flag, offset);
    if (help) return help;
  }
  if (instruction.kind === 'FROM' && stage) {
    const nameWord = instruction.words[2];
    if (nameWord && nameWord.span.start <= offset && offset <= nameWord.span.end) return { markdown: stageSummary(stage, analysis), span: nameWord.span };
    const imageWord = instruction.words[0];
    if (imageWord && imageWord.span.start <= offset && offset <= imageWord.span.end && stage.baseStage !== null) {
      return { markdown: stageSummary(analysis.image.stages[stage.baseStage], analysis), span: imageWord.span };
    }
  }
  const keyword = instruction.keywordSpan;
  if (offset < keyword.start || offset > keyword.end) return null;
  return { markdown: instructionHover(instruction, step, stage, analysis), span: keyword };
}

interface Located {
  readonly instruction: Instruction;
  readonly step: Step | null;
  readonly stage: StageModel | null;
}

function locate(analysis: Analysis, offset: number): Located | null {
  for (const stage of analysis.image.stages) {
    if (offset < stage.start || offset > stage.end) continue;
    for (const step of stage.steps) {
      if (step.onbuild) continue;
      const i = step.instruction;
      if (offset >= i.span.start && offset <= i.span.end) {
        // Inside ONBUILD, the trigger's keyword gets its own hover.
        if (i.trigger && offset >= i.trigger.keywordSpan.start) return { instruction: i.trigger, step: null, stage };
        return { instruction: i, step, stage };
      }
    }
  }
  const instruction = analysis.tree.instructions.find((i) => offset >= i.span.start && offset <= i.span.end);
  return instruction ? { instruction, step: null, stage: null } : null;
}

function instructionHover(instruction: Instruction, step: Step | null, stage: StageModel | null, analysis: Analysis): string {
  const help = instructionHelp(instruction.kind);
  const parts = [`**${instruction.kind === 'UNKNOWN' ? instruction.keyword : instruction.kind}** — ${effectHeadline(step, stage, instruction)}`, help.summary];
  parts.push(`**Layer:** ${layerText(instruction, step, stage, analysis)}`);
  if (help.cache) parts.push(`**Cache:** ${help.cache}`);
  if (help.container) parts.push(`**In a running container:** ${help.container}`);
  if (help.url) parts.push(`[Dockerfile reference](${help.url})`);
  return parts.join('\n\n');
}

function effectHeadline(step: Step | null, stage: StageModel | null, instruction: Instruction): string {
  if (instruction.kind === 'FROM') return 'starts a build stage';
  if (instruction.kind === 'UNKNOWN') return 'not a Dockerfile instruction';
  if (!step || !stage) return 'registered for builds based on this image';
  if (step.effect === 'layer') {
    const total = stage.inheritedLayers + stage.layerCount;
    return `creates layer ${step.layerIndex! + 1} of ${total} in stage ${stageName(stage)}`;
  }
  return 'metadata only, no new layer';
}

function layerText(instruction: Instruction, step: Step | null, stage: StageModel | null, analysis: Analysis): string {
  if (instruction.kind === 'FROM' && stage) return fromLayerText(stage, analysis);
  if (instruction.kind === 'UNKNOWN') return 'None: the build stops at this line.';
  if (!step || !stage) return 'Stored as an ONBUILD trigger in the image config: it runs, and makes its layer, only in a build that uses this image as its base.';
  if (step.effect === 'metadata') {
    return 'Changes only the image config (recorded as an empty entry in the image history). The filesystem layers stay as they are, so nothing is added to the image size.';
  }
  const notes: string[] = [];
  switch (instruction.kind) {
    case 'RUN':
      notes.push('Everything the command writes becomes a new read-only layer. Files it deletes are only hidden (whiteouts): if a lower layer added them, their bytes still ship.');
      if (step.mounts.length > 0) notes.push(`Content of the --mount (${step.mounts.join(', ')}) is available while the command runs and is not stored in the layer.`);
      break;
    case 'COPY':
    case 'ADD':
      notes.push('The copied files become a new read-only layer.');
      if (step.fromStage !== null) {
        const source = analysis.image.stages[step.fromStage];
        notes.push(`They come from stage ${stageName(source)}${source.ships ? '' : ', which is build-only: only what is copied reaches the image'}.`);
      } else if (step.fromImage) {
        notes.push(`They come from the image ${step.fromImage}.`);
      }
      if (step.link) notes.push('--link makes it an independent layer: it is reused even when the layers below it change.');
      break;
    case 'WORKDIR':
      notes.push('The builder creates the directory (mkdir -p) and records it as a small layer.');
      break;
    default:
      break;
  }
  if (!stage.ships) notes.push(`Stage ${stageName(stage)} is build-only, so this layer is not in the shipped image.`);
  return notes.join(' ');
}

function fromLayerText(stage: StageModel, analysis: Analysis): string {
  const base = stage.baseStage !== null
    ? `Builds on stage ${stageName(analysis.image.stages[stage.baseStage])} and inherits its ${stage.inheritedLayers} layer${stage.inheritedLayers === 1 ? '' : 's'}.`
    : stage.baseLayers === 0
      ? 'scratch: an empty filesystem with no layers.'
      : `Inherits all layers of ${stage.resolvedBaseImage || 'the base image'} (${stage.baseLayers === null ? 'their number is known only from the real image' : `${stage.baseLayers} layers`}).`;
  const own = `This stage adds ${stage.layerCount} layer${stage.layerCount === 1 ? '' : 's'} of its own.`;
  const role = stage.isTarget ? 'It is the target: its layers are the shipped image.' : stage.ships ? 'The target is built on it, so its layers ship.' : 'It is build-only: only files copied out of it with COPY --from reach the image.';
  return `${base} ${own} ${role}`;
}

function stageSummary(stage: StageModel, analysis: Analysis): string {
  return [`**Stage ${stageName(stage)}** (stage ${stage.index}, \`FROM ${stage.baseImage}\`)`, fromLayerText(stage, analysis)].join('\n\n');
}

function stageReferenceHover(analysis: Analysis, flag: Flag): Hover {
  const names = analysis.image.stages.map((s) => s.name);
  const index = findStage(flag.value ?? '', names, true);
  const span = flag.valueSpan!;
  if (index === null) return { markdown: `\`${flag.value}\` is not a stage of this file: the builder reads it as an image reference.`, span };
  return { markdown: stageSummary(analysis.image.stages[index], analysis), span };
}

function variableHover(analysis: Analysis, name: string, offset: number, span: Span): Hover {
  const declaration = visibleDeclarations(analysis, offset).find((d) => d.name === name);
  if (!declaration) {
    const automatic = PLATFORM_ARGS.find((a) => a.name === name);
    if (automatic) return { markdown: `**${name}** — automatic platform ARG: ${automatic.summary} Example: \`${automatic.example}\`.\n\n${PLATFORM_ARGS_SCOPE}`, span };
    return { markdown: `\`${name}\`: not declared by an ARG or ENV visible here (it may come from the base image or expand to empty).`, span };
  }
  const line = analysis.lines.lineAt(declaration.instruction.keywordSpan.start) + 1;
  const value = declaration.pair.value === null ? 'no default' : `\`${declaration.pair.value}\``;
  const scope = declaration.stage < 0 ? 'global ARG (before the first FROM)' : `${declaration.kind} of stage ${stageName(analysis.image.stages[declaration.stage])}`;
  return { markdown: `**${name}** — ${scope}, line ${line}: ${value}`, span };
}

function directiveHover(directive: Directive): Hover | null {
  const doc = (DIRECTIVE_DOCS as Readonly<Record<string, DirectiveDoc | undefined>>)[directive.name];
  if (!doc) return null;
  return { markdown: [`**# ${doc.name}=** parser directive`, doc.summary, `Example: \`${doc.example}\``, `[Dockerfile reference](${doc.url})`].join('\n\n'), span: directive.span };
}

/** A flag's reference text; inside `--mount`, the mount type's text too. */
function flagHover(analysis: Analysis, instruction: Instruction, flag: Flag, offset: number): Hover | null {
  if (instruction.kind === 'UNKNOWN') return null;
  const name = flag.name.toLowerCase();
  const doc = FLAG_DOCS[instruction.kind]?.[name];
  if (!doc) return null;
  const parts = [`**--${name}** (${instruction.kind}) — \`${doc.valueHint}\``, doc.summary];
  if (name === 'mount') {
    const type = parseMount(flag).get('type') ?? 'bind';
    const mount = (MOUNT_TYPES as Readonly<Record<string, MountTypeDoc | undefined>>)[type];
    if (mount) parts.push(`**type=${type}:** ${mount.summary}`);
    const field = flag.valueSpan ? mountFields(analysis.text, flag.valueSpan).find((f) => contains({ start: f.keySpan.start, end: f.valueSpan.end }, offset)) : undefined;
    const option = field && mount?.options.find((o) => o.key === field.key.toLowerCase());
    if (option) parts.push(`**${option.key}:** ${option.description}`);
  }
  parts.push(`[Dockerfile reference](${doc.url})`);
  return { markdown: parts.join('\n\n'), span: flag.span };
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function stageName(stage: StageModel): string {
  return stage.name ? `\`${stage.name}\`` : `#${stage.index}`;
}
