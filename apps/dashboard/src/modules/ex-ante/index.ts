// 事前绩效评估: the screens of the ex-ante step, one per role.
export { ExAnteConcludeQueue } from './components/ExAnteConcludeQueue';
export { ExAntePanel } from './components/ExAntePanel';
export { ExAnteReassessQueue } from './components/ExAnteReassessQueue';
export { ExAnteReviewQueue } from './components/ExAnteReviewQueue';
