// The public entry of evaluations.
export { Evaluation, EvaluationConnection, EvaluationVersion, Finding, GradeCap } from './evaluation.types.js';
export { EvaluationReader } from './evaluation.reader.js';
export type { AppliedCap } from './evaluation.entity.js';
