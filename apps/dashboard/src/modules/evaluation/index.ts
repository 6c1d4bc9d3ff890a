// 绩效评价: self-evaluation, department evaluation, authenticity checks, key evaluations (the
// performance section's and the agency's side) and publishing the results; the grade pieces the
// result application shows too.
export { AgencyEvaluationsPanel } from './components/AgencyEvaluationsPanel';
export { AuthenticityPanel } from './components/AuthenticityPanel';
export { DepartmentEvaluationPanel } from './components/DepartmentEvaluationPanel';
export { GradeBadge, GradeCaps, GradeWithUncapped } from './components/GradePieces';
export { KeyEvaluationsPanel } from './components/KeyEvaluationsPanel';
export { KeyEvaluationShortfallWarning } from './components/KeyEvaluationShortfallWarning';
export { PublishEvaluationsPanel } from './components/PublishEvaluationsPanel';
export { SelfEvaluationPanel } from './components/SelfEvaluationPanel';
export { SelfEvaluationQueue } from './components/SelfEvaluationQueue';
export { selfEvaluationOf } from './evaluation-form';
