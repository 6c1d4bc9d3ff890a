// The public entry of agencies.
export { Agency, AgencyRating } from './agency.types.js';
export { AgencyReader } from './agency.reader.js';
