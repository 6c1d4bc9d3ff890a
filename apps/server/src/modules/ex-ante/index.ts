// The public entry of ex-ante assessments.
export { ExAnteAssessment } from './ex-ante.types.js';
export { ExAnteReader } from './ex-ante.reader.js';
