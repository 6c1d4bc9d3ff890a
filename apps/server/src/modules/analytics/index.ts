// The public entry of analytics: the argument checks other features' queries share.
export { YearArgs } from './year.args.js';
export { AnalyticsService } from './analytics.service.js';
export { ExecutionRow, FlagSummary, GradeDistribution, TargetSummary } from './analytics.types.js';
