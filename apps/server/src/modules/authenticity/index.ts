// The public entry of authenticity checks.
export { AuthenticityReader } from './authenticity.reader.js';
export { AuthenticityService } from './authenticity.service.js';
