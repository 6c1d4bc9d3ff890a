// The public entry of units.
export { Unit, UnitConnection } from './unit.types.js';
export { UnitReader, mapUnit, UNIT_FIELD_COLUMNS, UNIT_KEY_COLUMNS } from './unit.reader.js';
