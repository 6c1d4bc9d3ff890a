// The public entry of the workflow kit: what every lifecycle mutation shares.
export { Workflow, actOf, badInput, checkState, checkVersion, notFound, today, type Act } from './workflow.js';
