// The upper level's county views (issue 15 §3).
export { CountyComparisonPanel } from './CountyComparisonPanel';
export { CountyPicker } from './CountyPicker';
export { COUNTIES } from './counties.graphql';
export { usePlaceName } from './use-place-name';
export { usePickedCounty } from './use-county-name';
