import type { Analysis } from '../analysis';
import type { StageModel } from '../model';
import type { Instruction, Span } from '../syntax';
import type { Rule, RuleContext } from './rule';
import { hasDollar, PLATFORM_ARGS, variableUses } from './shared/fromVariables';
import { closestMatch, editDistance } from './shared/spelling';

/** Names the base image or the builder usually provides; never reported for stages on external images. */
const WELL_KNOWN = /^(PATH|HOME|HOSTNAME|TERM|LANG|LANGUAGE|LC_\w+|LD_LIBRARY_PATH|PYTHONPATH|JAVA_HOME|GOPATH|NODE_\w+|PWD|SHELL|USER|(HTTPS?|FTP|NO|ALL)_PROXY|(https?|ftp|no|all)_proxy)$/;
/** Instructions whose arguments the builder expands (shell-form RUN/CMD/ENTRYPOINT are the shell's business). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

export const undefinedVar: Rule = {
  id: 'undefined-var',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  category: 'correctness',
  description: 'A `$VAR` in an instruction the builder expands, which no ARG or ENV declared.',
  docs: 'docs/rules/undefined-var.md',
  tier: 1,
  check(context) {
    const { analysis } = context;
    const nearDeclared = new NearDeclared(analysis);
    const finalNames: Set<string>[] = [];
    const stages = analysis.image.stages;
    // Index loops: the rule visits every step, and a for-of allocates per step until V8 optimizes the loop.
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      const declared = new Set<string>(stage.baseStage !== null ? finalNames[stage.baseStage] : undefined);
      let strict: boolean | null = null;
      const steps = stage.steps;
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        if (step.onbuild) continue;
        const instruction = step.instruction;
        // Most instructions use no variable: the `$` scan spares them the word and span lists.
        if (EXPANDED.has(instruction.kind) && hasDollar(analysis.text, instruction.span)) {
          checkInstruction(context, instruction, declared, nearDeclared, (strict ??= rootsInScratch(analysis, stage)));
        }
        if (instruction.kind === 'ARG' || instruction.kind === 'ENV') for (let p = 0; p < instruction.pairs.length; p++) declared.add(instruction.pairs[p].key);
      }
      finalNames.push(declared);
    }
  },
};

/**
 * Whether a name is a likely typo of a name some ARG or ENV of the file declares, computed once per name;
 * the file's names are collected on the first question (most files never ask).
 */
class NearDeclared {
  private declaredInFile: Set<string> | null = null;
  private answers: Map<string, boolean> | null = null;

  constructor(private readonly analysis: Analysis) {}

  has(name: string): boolean {
    const answers = (this.answers ??= new Map());
    let near = answers.get(name);
    if (near === undefined) {
      near = false;
      for (const n of this.names()) {
        if (n !== name && editDistance(n, name, 2) <= 2) {
          near = true;
          break;
        }
      }
      answers.set(name, near);
    }
    return near;
  }

  private names(): ReadonlySet<string> {
    if (this.declaredInFile === null) {
      this.declaredInFile = new Set();
      for (const i of this.analysis.tree.instructions) if (i.kind === 'ARG' || i.kind === 'ENV') for (const p of i.pairs) this.declaredInFile.add(p.key);
    }
    return this.declaredInFile;
  }
}

function checkInstruction(context: RuleContext, instruction: Instruction, declared: ReadonlySet<string>, nearDeclared: NearDeclared, strict: boolean): void {
  if (instruction.kind === 'ENV' || instruction.kind === 'LABEL' || instruction.kind === 'ARG') {
    for (const pair of instruction.pairs) if (pair.valueSpan) checkSpan(context, pair.valueSpan, declared, nearDeclared, strict);
    return;
  }
  // COPY/ADD heredoc bodies are file contents, not expanded by these rules (docker/buildx#3718).
  for (const word of instruction.words) if (!word.value.startsWith('<<')) checkSpan(context, word.span, declared, nearDeclared, strict);
}

function checkSpan(context: RuleContext, span: Span, declared: ReadonlySet<string>, nearDeclared: NearDeclared, strict: boolean): void {
  const { analysis } = context;
  for (const use of variableUses(analysis.text, span, analysis.tree.escapeChar)) {
    if (declared.has(use.name) || PLATFORM_ARGS.has(use.name) || hasModifier(analysis.text, use.span.end)) continue;
    if (!strict && (WELL_KNOWN.test(use.name) || !nearDeclared.has(use.name))) continue;
    const suggestion = closestMatch(use.name, [...declared].filter((n) => n !== use.name));
    context.report({
      message: `$${use.name} is not declared by any ARG or ENV before this line${suggestion ? `: did you mean ${suggestion}?` : ''}; the builder expands it to an empty string.`,
      span: use.span,
      fixes: suggestion ? [{ title: `Change to ${suggestion}`, edits: [{ span: use.span, newText: suggestion }], isPreferred: true }] : [],
    });
  }
}

/** `${VAR:-x}`, `${VAR+x}`, `${VAR?msg}`: the author handles the unset case. */
function hasModifier(text: string, nameEnd: number): boolean {
  return /^:?[-+?]/.test(text.slice(nameEnd, nameEnd + 2));
}

/** True when the stage chain starts from scratch: no base image can supply variables. */
function rootsInScratch(analysis: Analysis, stage: StageModel): boolean {
  let root = stage;
  while (root.baseStage !== null) root = analysis.image.stages[root.baseStage];
  return root.resolvedBaseImage.toLowerCase() === 'scratch';
}
