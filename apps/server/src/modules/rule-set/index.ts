// The public entry of the rule sets: each county's rules of a year.
export type { RuleSetService } from './rule-set.service.js';
