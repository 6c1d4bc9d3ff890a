// The public entry of indicators: projects' targets (the library is reference data of its own resolver).
export { Indicator } from './indicator.types.js';
export { IndicatorReader } from './indicator.reader.js';
export { IndicatorLibraryReader } from './indicator-library.reader.js';
// The library's checks and writes, shared with the import of templates (one rule).
export {
  checkNewCode,
  cleanTemplate,
  insertTemplate,
  writeTemplate,
  type CleanTemplate,
  type TemplateRow,
} from './indicator-library.service.js';
