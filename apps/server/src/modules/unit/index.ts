// The public entry of units.
export { Unit, UnitConnection } from './unit.types.js';
export { UnitReader, mapUnit } from './unit.reader.js';
