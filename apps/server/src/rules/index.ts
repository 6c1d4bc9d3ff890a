// The domain rules of Jixiao: pure functions, no database, no I/O. Every threshold comes from the
// year's RuleSet passed in; money, scores and ratios are exact (BigInt inside, strings outside).

export * from './decimal.js';
export * from './money.js';
export * from './score.js';
export * from './ratio.js';
export * from './monitoring.js';
export * from './evaluation.js';
export * from './result-application.js';
export * from './agency-rating.js';
export * from './coverage.js';
export * from './authenticity.js';
export * from './rule-set.js';
export * from './calendar.js';
