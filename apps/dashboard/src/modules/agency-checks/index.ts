// 第三方机构工作检查: the performance section's targeted and random checks of agencies' work; an agency's view of its own.
export { AgencyChecksPanel } from './components/AgencyChecksPanel';
export { OwnChecksPanel } from './components/OwnChecksPanel';
