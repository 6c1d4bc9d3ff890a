// The public entry of targets: reviews and adjustments of a project's targets.
export { IndicatorDraft, TargetAdjustment, TargetReviewInfo } from './targets.types.js';
export { TargetsReader } from './targets.reader.js';
