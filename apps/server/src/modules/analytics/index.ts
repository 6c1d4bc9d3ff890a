// The public entry of analytics: the argument checks other features' queries share.
export { YearArgs } from './year.args.js';
