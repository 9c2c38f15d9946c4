/**
 * Shapes of the reference texts that hovers, completion and signature help show. The texts themselves live
 * beside this file as plain data; every sentence is written for Layerwise.
 */
import type { InstructionKind } from '../syntax/nodes';

/** A real Dockerfile instruction (the parser's `UNKNOWN` has no docs). */
export type Keyword = Exclude<InstructionKind, 'UNKNOWN'>;

/** What an instruction does to the image, as DESIGN.md §2 counts it. */
export type LayerEffectKind = 'layer' | 'metadata' | 'stage';

/** One way to write an instruction, for signature help. Every parameter label occurs in `label`. */
export interface SyntaxForm {
  readonly label: string;
  readonly parameters: readonly string[];
  readonly documentation: string;
}

export interface InstructionDoc {
  readonly keyword: Keyword;
  /** One paragraph: what the instruction does. */
  readonly summary: string;
  readonly effect: LayerEffectKind;
  /** What it adds to the image: a filesystem layer, config only, or a new stage. */
  readonly layerEffect: string;
  /** When the builder reuses the cached result, and what a change does to later steps. */
  readonly cache: string;
  /** What it means for a container started from the image. */
  readonly container: string;
  readonly forms: readonly SyntaxForm[];
  /** Completion snippet in LSP snippet syntax (`${1:placeholder}`). */
  readonly snippet: string;
  /** Flag names (without `--`) the instruction accepts, each documented in FLAG_DOCS. */
  readonly flags: readonly string[];
  readonly url: string;
}

export interface FlagValue {
  readonly value: string;
  readonly description: string;
}

export interface FlagDoc {
  /** Name without the leading dashes, as the parser stores it (`mount`). */
  readonly name: string;
  readonly summary: string;
  /** Shape of the value for completion details, e.g. `type=cache|bind|secret|ssh|tmpfs,...`. */
  readonly valueHint: string;
  /** Fixed choices for the value, when there are any. */
  readonly values: readonly FlagValue[];
  /** Takes `true`/`false`, and means `true` when written without a value. */
  readonly boolean: boolean;
  /** May be given more than once on one instruction. */
  readonly repeatable: boolean;
  readonly url: string;
}

export type MountType = 'bind' | 'cache' | 'secret' | 'ssh' | 'tmpfs';

export interface MountOptionDoc {
  readonly key: string;
  readonly description: string;
  /** Fixed choices, when there are any. */
  readonly values: readonly string[];
}

export interface MountTypeDoc {
  readonly type: MountType;
  readonly summary: string;
  readonly options: readonly MountOptionDoc[];
  readonly url: string;
}

export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface DirectiveDoc {
  readonly name: DirectiveName;
  readonly summary: string;
  readonly valueHint: string;
  readonly values: readonly FlagValue[];
  readonly example: string;
  readonly url: string;
}

/** A build argument the builder defines without an ARG line giving it a value. */
export interface PredefinedArgDoc {
  readonly name: string;
  readonly summary: string;
  readonly example: string;
  readonly url: string;
}

export interface PrimerSection {
  readonly title: string;
  readonly text: string;
}
