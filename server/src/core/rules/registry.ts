/** Every rule, in one list. A rule's id is its diagnostic code, its setting key and its pragma name. */
import { binaryContent } from './binaryContent';
import { copyDestMustBeDir } from './copyDestMustBeDir';
import { copyIgnoredFile } from './copyIgnoredFile';
import { directiveCasing } from './directiveCasing';
import { duplicateFlag } from './duplicateFlag';
import { duplicateStageName } from './duplicateStageName';
import { emptyContinuationLine } from './emptyContinuationLine';
import { exposeInvalidFormat } from './exposeInvalidFormat';
import { exposeProtoCasing } from './exposeProtoCasing';
import { extraArguments } from './extraArguments';
import { fromAsCasing } from './fromAsCasing';
import { fromAsKeyword } from './fromAsKeyword';
import { fromPlatformConstant } from './fromPlatformConstant';
import { instructionBeforeFrom } from './instructionBeforeFrom';
import { instructionCasing } from './instructionCasing';
import { invalidDefaultArgInFrom } from './invalidDefaultArgInFrom';
import { invalidDefinitionDescription } from './invalidDefinitionDescription';
import { invalidDirective } from './invalidDirective';
import { invalidFlagValue } from './invalidFlagValue';
import { invalidHealthcheck } from './invalidHealthcheck';
import { invalidImageReference } from './invalidImageReference';
import { invalidJsonForm } from './invalidJsonForm';
import { invalidOnbuildTrigger } from './invalidOnbuildTrigger';
import { invalidPort } from './invalidPort';
import { invalidRunMount } from './invalidRunMount';
import { invalidSignal } from './invalidSignal';
import { invalidStageName } from './invalidStageName';
import { jsonArgsRecommended } from './jsonArgsRecommended';
import { keyValueSyntax } from './keyValueSyntax';
import { legacyKeyValueFormat } from './legacyKeyValueFormat';
import { maintainerDeprecated } from './maintainerDeprecated';
import { misplacedDirective } from './misplacedDirective';
import { missingArguments } from './missingArguments';
import { overriddenInstruction } from './overriddenInstruction';
import { redundantTargetPlatform } from './redundantTargetPlatform';
import { reservedStageName } from './reservedStageName';
import { CATALOG_RULES } from './catalogRules';
import type { Rule } from './rule';
import { secretsInArgOrEnv } from './secretsInArgOrEnv';
import { shellRequiresJson } from './shellRequiresJson';
import { stageCircularDependency } from './stageCircularDependency';
import { stageNameCasing } from './stageNameCasing';
import { undefinedArgInFrom } from './undefinedArgInFrom';
import { undefinedVar } from './undefinedVar';
import { unknownFlag } from './unknownFlag';
import { unknownInstruction } from './unknownInstruction';
import { unknownSuppressionCode } from './unknownSuppressionCode';
import { unsupportedVariableModifier } from './unsupportedVariableModifier';
import { unterminatedHeredoc } from './unterminatedHeredoc';
import { workdirRelativePath } from './workdirRelativePath';

// ---- RULES.md §2.1 parse and syntax, §2.2 BuildKit checks, suppression hints (rules-infra) ----
export const SYNTAX_AND_BUILDKIT_RULES: readonly Rule[] = [
  unknownInstruction,
  missingArguments,
  extraArguments,
  fromAsKeyword,
  invalidStageName,
  unknownFlag,
  duplicateFlag,
  invalidFlagValue,
  unterminatedHeredoc,
  invalidJsonForm,
  emptyContinuationLine,
  instructionBeforeFrom,
  invalidDirective,
  invalidOnbuildTrigger,
  keyValueSyntax,
  invalidPort,
  invalidImageReference,
  shellRequiresJson,
  invalidHealthcheck,
  copyDestMustBeDir,
  binaryContent,
  stageNameCasing,
  fromAsCasing,
  instructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  invalidDefaultArgInFrom,
  workdirRelativePath,
  undefinedVar,
  overriddenInstruction,
  legacyKeyValueFormat,
  redundantTargetPlatform,
  secretsInArgOrEnv,
  fromPlatformConstant,
  exposeProtoCasing,
  exposeInvalidFormat,
  unknownSuppressionCode,
  // tier 2
  invalidRunMount,
  misplacedDirective,
  directiveCasing,
  unsupportedVariableModifier,
  invalidSignal,
  stageCircularDependency,
  invalidDefinitionDescription,
  copyIgnoredFile,
];
// ---- end rules-infra block ----

export const RULES: readonly Rule[] = [
  ...SYNTAX_AND_BUILDKIT_RULES,
  // RULES.md §2.3–§2.7 (rules-catalog): base images, pinning, package managers, shell hygiene, layer-aware.
  ...CATALOG_RULES,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
