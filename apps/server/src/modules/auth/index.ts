// The public entry of auth: who the viewer is, and the one place that turns a viewer into SQL.
export {
  administeredRegions,
  administersPath,
  agencyCheckRows,
  agencyWorkRows,
  agencyRows,
  auditRows,
  classifiedHiddenProjects,
  containsPattern,
  countiesEvaluated,
  evaluationPortfolio,
  evaluationRows,
  fundSectionOwnsProject,
  fundSummaryRows,
  governmentEvaluationRows,
  governmentEvaluationsEvaluated,
  libraryOf,
  maskClassifiedUnit,
  projectPortfolio,
  projectRows,
  quarterlyReportRows,
  ratingRows,
  regionRows,
  seesClassifiedRows,
  templateRows,
  sqlParams,
  unitPortfolio,
  unitRows,
  type SqlParams,
} from './scope.js';
export { ScopedReader } from './scoped-reader.js';
export { newApiToken } from './session-token.js';
export type { Viewer } from './viewer.js';
export { hashPassword, oneTimePassword } from './password.js';
export { toViewer, VIEWER_SQL, type ViewerRow } from './auth.service.js';
export { LoginGuard, MAX_USERNAME_LENGTH } from './login-guard.js';
