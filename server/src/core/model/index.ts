export * from './types';
export { analyzeImage, effectOf } from './analyze';
export { toLayerModel, instructionLabel } from './layerModel';
export { globalDefaults, readGlobalArgs } from './globalArgs';
export { expandVariables, referencedNames } from './expand';
export { flagValue, hasFlag, isFlagOn, mountsOf, parseMount } from './flags';
export { readFrom, findStage } from './stages';
export { visibleDeclarations, declarationsIn, variableAt, type VariableDeclaration } from './variables';
