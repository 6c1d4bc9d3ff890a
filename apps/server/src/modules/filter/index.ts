// The one filter input and its one SQL builder (issue 10): every contract query and connection uses them.
export {
  AggregateFilter,
  AnalyticsFilter,
  EvaluationFilter,
  FilterFields,
  FlagFilter,
  ProjectFilter,
  ReportFilter,
  UnitFilter,
} from './filter.input.js';
export { filterSql, type Filter, type FilterSubject, type Period } from './filter-sql.js';
export { resolveFilter } from './resolve-filter.js';
export {
  atRegionGrain,
  atSummaryGrain,
  acrossFundFamilies,
  EVALUATION_REGION_SUMMARY_FILTERS,
  EVALUATION_SUMMARY_FILTERS,
  EXECUTION_SUMMARY_FILTERS,
  FLAG_SUMMARY_FILTERS,
  LATEST_SUMMARY_FILTERS,
  TARGET_SUMMARY_FILTERS,
} from './summary-grain.js';
