// 预警: the flag ledger (a list for every role's home page) and the work on open flags (the unit
// rectifies, the performance section closes them).
export { FlagLedger } from './components/FlagLedger';
export { FlagWork } from './components/FlagWorkPanel';
export { raisedText } from './flag-rows';
