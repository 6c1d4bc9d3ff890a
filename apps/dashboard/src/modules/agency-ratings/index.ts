// 第三方机构信用评级: the performance section computes the agencies' ratings of a year and publishes them.
export { AgencyRatingPanel } from './components/AgencyRatingPanel';
