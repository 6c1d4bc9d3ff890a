// The public entry of result application (budget cuts).
export { ResultApplication } from './result-application.types.js';
export { ResultApplicationReader } from './result-application.reader.js';
export type { ResultApplicationService } from './result-application.service.js';
