// 结果应用: the cuts proposed by the rules and decided by the budget section, and the notification list.
export { CutsPanel } from './components/CutsPanel';
