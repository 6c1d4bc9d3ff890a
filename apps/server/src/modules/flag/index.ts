// The public entry of flags.
export { Flag, FlagConnection, FlagEvent } from './flag.types.js';
export { FlagReader } from './flag.reader.js';
