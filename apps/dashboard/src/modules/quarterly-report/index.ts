// The quarterly report upward (季度工作情况上报), issue 13 §3: the performance section's tab, the prefecture's panel.
export { QuarterlySubmitPanel } from './components/QuarterlySubmitPanel';
export { ReceivedReportsPanel } from './components/ReceivedReportsPanel';
