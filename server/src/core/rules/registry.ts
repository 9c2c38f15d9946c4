/** Every rule, in one list. A rule's id is its diagnostic code, its setting key and its pragma name. */
import { instructionBeforeFrom } from './instructionBeforeFrom';
import { missingArguments } from './missingArguments';
import { parserProblemRule } from './parserProblems';
import type { Rule } from './rule';
// --- rules-catalog: RULES.md §2.3–§2.7 (base images, pinning, package managers, shell hygiene, layer-aware) ---
import { imageUntagged } from './imageUntagged';
import { imageLatestTag } from './imageLatestTag';
import { untrustedRegistry } from './untrustedRegistry';
import { copyFromUnknownStage } from './copyFromUnknownStage';
import { copyFromOwnStage } from './copyFromOwnStage';
import { copyRelativeDestWithoutWorkdir } from './copyRelativeDestWithoutWorkdir';
import { envSelfReference } from './envSelfReference';
import { pinAptVersions } from './pinAptVersions';
import { pinApkVersions } from './pinApkVersions';
import { pinRpmVersions } from './pinRpmVersions';
import { pinPipVersions } from './pinPipVersions';
import { pinNpmVersions } from './pinNpmVersions';
import { pinGemVersions } from './pinGemVersions';
import { pinGoInstallVersions } from './pinGoInstallVersions';
import { aptListsNotCleaned } from './aptListsNotCleaned';
import { aptNoInstallRecommends } from './aptNoInstallRecommends';
import { aptMissingYes } from './aptMissingYes';
import { useAptGetNotApt } from './useAptGetNotApt';
import { apkUseNoCache } from './apkUseNoCache';
import { rpmMissingYes } from './rpmMissingYes';
import { rpmCacheNotCleaned } from './rpmCacheNotCleaned';
import { zypperDistUpgrade } from './zypperDistUpgrade';
import { pipNoCacheDir } from './pipNoCacheDir';
import { yarnCacheNotCleaned } from './yarnCacheNotCleaned';
import { useWorkdirNotCd } from './useWorkdirNotCd';
import { noSudo } from './noSudo';
import { pointlessCommand } from './pointlessCommand';
import { missingPipefail } from './missingPipefail';
import { useShellInstruction } from './useShellInstruction';
import { wgetAndCurl } from './wgetAndCurl';
import { wgetProgress } from './wgetProgress';
import { useraddNoLogInit } from './useraddNoLogInit';
import { preferCopyOverAdd } from './preferCopyOverAdd';
import { copyThenExtract } from './copyThenExtract';
import { copyRootFilesystem } from './copyRootFilesystem';
import { lastUserRoot } from './lastUserRoot';
import { userNonNumeric } from './userNonNumeric';
import { labelKeyInvalid } from './labelKeyInvalid';
import { missingHealthcheck } from './missingHealthcheck';
import { mergeConsecutiveRuns } from './mergeConsecutiveRuns';
import { cleanupInLaterLayer } from './cleanupInLaterLayer';
import { deleteFileFromEarlierLayer } from './deleteFileFromEarlierLayer';
import { secretFileInLayer } from './secretFileInLayer';
import { copyAllBeforeDeps } from './copyAllBeforeDeps';
import { chmodChownAfterCopy } from './chmodChownAfterCopy';
import { aptUpdateAlone } from './aptUpdateAlone';
import { remoteAdd } from './remoteAdd';
import { missingDockerignore } from './missingDockerignore';
import { finalStageCarriesBuildTools } from './finalStageCarriesBuildTools';
import { redundantMkdirBeforeWorkdir } from './redundantMkdirBeforeWorkdir';
import { tooManyLayers } from './tooManyLayers';
// --- end rules-catalog imports ---
import { unknownFlag } from './unknownFlag';
import { unknownInstruction } from './unknownInstruction';

export const RULES: readonly Rule[] = [
  unknownInstruction,
  missingArguments,
  unknownFlag,
  instructionBeforeFrom,
  parserProblemRule('unterminated-heredoc', [], 'error', 'correctness', 'A heredoc whose delimiter line never comes.'),
  parserProblemRule('invalid-json-form', [], 'warning', 'correctness', 'An argument shaped like a JSON array that is not one, so the builder runs it as a shell command.'),
  parserProblemRule('empty-continuation-line', ['NoEmptyContinuation'], 'warning', 'correctness', 'A blank line inside a continued instruction.'),
  parserProblemRule('invalid-directive', [], 'error', 'correctness', 'A parser directive the builder rejects (bad escape character, repeated directive).'),
  parserProblemRule('key-value-syntax', [], 'error', 'correctness', 'Malformed ENV or LABEL pairs.'),
  parserProblemRule('binary-content', [], 'error', 'correctness', 'The file holds NUL bytes: it is not a text Dockerfile.'),
  // --- rules-catalog: RULES.md §2.3–§2.7 ---
  imageUntagged,
  imageLatestTag,
  untrustedRegistry,
  copyFromUnknownStage,
  copyFromOwnStage,
  copyRelativeDestWithoutWorkdir,
  envSelfReference,
  pinAptVersions,
  pinApkVersions,
  pinRpmVersions,
  pinPipVersions,
  pinNpmVersions,
  pinGemVersions,
  pinGoInstallVersions,
  aptListsNotCleaned,
  aptNoInstallRecommends,
  aptMissingYes,
  useAptGetNotApt,
  apkUseNoCache,
  rpmMissingYes,
  rpmCacheNotCleaned,
  zypperDistUpgrade,
  pipNoCacheDir,
  yarnCacheNotCleaned,
  useWorkdirNotCd,
  noSudo,
  pointlessCommand,
  missingPipefail,
  useShellInstruction,
  wgetAndCurl,
  wgetProgress,
  useraddNoLogInit,
  preferCopyOverAdd,
  copyThenExtract,
  copyRootFilesystem,
  lastUserRoot,
  userNonNumeric,
  labelKeyInvalid,
  missingHealthcheck,
  mergeConsecutiveRuns,
  cleanupInLaterLayer,
  deleteFileFromEarlierLayer,
  secretFileInLayer,
  copyAllBeforeDeps,
  chmodChownAfterCopy,
  aptUpdateAlone,
  remoteAdd,
  missingDockerignore,
  finalStageCarriesBuildTools,
  redundantMkdirBeforeWorkdir,
  tooManyLayers,
  // --- end rules-catalog ---
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
