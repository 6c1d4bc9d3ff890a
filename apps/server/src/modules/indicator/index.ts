// The public entry of indicators: projects' targets (the library is reference data of its own resolver).
export { Indicator } from './indicator.types.js';
export { IndicatorReader } from './indicator.reader.js';
export { IndicatorLibraryReader } from './indicator-library.reader.js';
