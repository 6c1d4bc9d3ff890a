// The public entry of the expert library: the panel draw that key evaluations and re-assessments use.
export { drawPanel, PANEL_SIZE } from './expert.service.js';
