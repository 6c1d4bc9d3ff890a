// 绩效目标 and what follows them: the unit's targets and their reviews, adjustments at a checkpoint,
// transfer-payment splits, and publishing the approved targets.
export { AdjustmentDecisionQueue } from './components/AdjustmentDecisionQueue';
export { AdjustTargetsPanel } from './components/AdjustTargetsPanel';
export { PublishTargetsPanel } from './components/PublishTargetsPanel';
export { TargetReviewQueue } from './components/TargetReviewQueue';
export { TargetsPanel } from './components/TargetsPanel';
export { TransferSplitPanel } from './components/TransferSplitPanel';
// The targets editor's pieces, shared with the unit-wide targets.
export { IndicatorRowsEditor } from './components/IndicatorRowsEditor';
export { LibraryPicker } from './components/LibraryPicker';
export { OwnIndicatorForm } from './components/OwnIndicatorForm';
export { rowFromIndicator, targetIndicators, type TargetRowDraft } from './targets-form';
// The decision form, shared with the unit-wide targets' reviews.
export { EMPTY_DECISION, TargetDecisionForm, type DecisionDraft } from './components/TargetDecisionForm';
export { reviewScore } from './targets-form';
