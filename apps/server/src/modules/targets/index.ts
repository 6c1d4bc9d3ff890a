// The public entry of targets: reviews and adjustments of a project's targets.
export { IndicatorDraft, TargetAdjustment, TargetReviewInfo } from './targets.types.js';
export { TargetsReader } from './targets.reader.js';
// What unit-wide targets share with a project's: the indicator input, its library references.
export type { IndicatorDraft as IndicatorDraftValue } from './targets.service.js';
export { IndicatorDraftInput } from './targets.resolver.js';
export { withLibraryReferences } from './library-reference.js';
