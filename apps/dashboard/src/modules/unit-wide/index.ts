// 部门整体绩效: a unit's targets for its whole budget, its June report and its self-evaluation.
export { UnitWidePanel } from './components/UnitWidePanel';
