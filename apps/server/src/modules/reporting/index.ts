// The public entry of reporting: who may download the year's report.
export { REPORT_ROLES } from './annual-report.service.js';
