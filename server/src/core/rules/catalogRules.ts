/** The rules of RULES.md §2.3–§2.7, in catalog order (registry.ts appends them to RULES). */
import { apkUseNoCache } from './apkUseNoCache';
import { aptListsNotCleaned } from './aptListsNotCleaned';
import { aptMissingYes } from './aptMissingYes';
import { aptNoInstallRecommends } from './aptNoInstallRecommends';
import { aptUpdateAlone } from './aptUpdateAlone';
import { chmodChownAfterCopy } from './chmodChownAfterCopy';
import { cleanupInLaterLayer } from './cleanupInLaterLayer';
import { copyAllBeforeDeps } from './copyAllBeforeDeps';
import { copyFromOwnStage } from './copyFromOwnStage';
import { copyFromUnknownStage } from './copyFromUnknownStage';
import { copyRelativeDestWithoutWorkdir } from './copyRelativeDestWithoutWorkdir';
import { copyRootFilesystem } from './copyRootFilesystem';
import { copyThenExtract } from './copyThenExtract';
import { deleteFileFromEarlierLayer } from './deleteFileFromEarlierLayer';
import { envSelfReference } from './envSelfReference';
import { finalStageCarriesBuildTools } from './finalStageCarriesBuildTools';
import { imageLatestTag } from './imageLatestTag';
import { imageUntagged } from './imageUntagged';
import { inlineIgnoreDiscouraged } from './inlineIgnoreDiscouraged';
import { labelKeyInvalid } from './labelKeyInvalid';
import { labelSchema } from './labelSchema';
import { lastUserRoot } from './lastUserRoot';
import { mergeConsecutiveRuns } from './mergeConsecutiveRuns';
import { missingDockerignore } from './missingDockerignore';
import { missingHealthcheck } from './missingHealthcheck';
import { missingPipefail } from './missingPipefail';
import { noSudo } from './noSudo';
import { pinApkVersions } from './pinApkVersions';
import { pinAptVersions } from './pinAptVersions';
import { pinGemVersions } from './pinGemVersions';
import { pinGoInstallVersions } from './pinGoInstallVersions';
import { pinNpmVersions } from './pinNpmVersions';
import { pinPipVersions } from './pinPipVersions';
import { pinRpmVersions } from './pinRpmVersions';
import { pipNoCacheDir } from './pipNoCacheDir';
import { pointlessCommand } from './pointlessCommand';
import { preferCopyOverAdd } from './preferCopyOverAdd';
import { redundantMkdirBeforeWorkdir } from './redundantMkdirBeforeWorkdir';
import { remoteAdd } from './remoteAdd';
import { rpmCacheNotCleaned } from './rpmCacheNotCleaned';
import { rpmMissingYes } from './rpmMissingYes';
import type { Rule } from './rule';
import { secretFileInLayer } from './secretFileInLayer';
import { shellcheck } from './shellcheck';
import { tooManyLayers } from './tooManyLayers';
import { untrustedRegistry } from './untrustedRegistry';
import { useAptGetNotApt } from './useAptGetNotApt';
import { userNonNumeric } from './userNonNumeric';
import { useraddNoLogInit } from './useraddNoLogInit';
import { useShellInstruction } from './useShellInstruction';
import { useWorkdirNotCd } from './useWorkdirNotCd';
import { wgetAndCurl } from './wgetAndCurl';
import { wgetProgress } from './wgetProgress';
import { yarnCacheNotCleaned } from './yarnCacheNotCleaned';
import { zypperDistUpgrade } from './zypperDistUpgrade';

export const CATALOG_RULES: readonly Rule[] = [
  // §2.3 base images, stages, references
  imageUntagged, imageLatestTag, untrustedRegistry, copyFromUnknownStage, copyFromOwnStage, copyRelativeDestWithoutWorkdir, envSelfReference,
  // §2.4 version pinning
  pinAptVersions, pinApkVersions, pinRpmVersions, pinPipVersions, pinNpmVersions, pinGemVersions, pinGoInstallVersions,
  // §2.5 package managers and caches
  aptListsNotCleaned, aptNoInstallRecommends, aptMissingYes, useAptGetNotApt, apkUseNoCache, rpmMissingYes, rpmCacheNotCleaned,
  zypperDistUpgrade, pipNoCacheDir, yarnCacheNotCleaned,
  // §2.6 shell and instruction hygiene
  useWorkdirNotCd, noSudo, pointlessCommand, missingPipefail, useShellInstruction, wgetAndCurl, wgetProgress, useraddNoLogInit,
  preferCopyOverAdd, copyThenExtract, copyRootFilesystem, lastUserRoot, userNonNumeric, labelKeyInvalid, labelSchema, missingHealthcheck,
  inlineIgnoreDiscouraged, shellcheck,
  // §2.7 layer-aware
  mergeConsecutiveRuns, cleanupInLaterLayer, deleteFileFromEarlierLayer, secretFileInLayer, copyAllBeforeDeps, chmodChownAfterCopy,
  aptUpdateAlone, remoteAdd, missingDockerignore, finalStageCarriesBuildTools, redundantMkdirBeforeWorkdir, tooManyLayers,
];
