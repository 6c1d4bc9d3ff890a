// Supervision findings (审计/财会监督发现问题, 重大违规) and fund recalls (资金收回): the forms of the performance
// section and of the budget section.
export { RecordFindingForm, WithdrawFindingForm } from './components/FindingForms';
export { DecideRecallForm, ProposeRecallForm } from './components/RecallForms';
export { RecallsToDecidePanel } from './components/RecallsToDecidePanel';
