// The public entry of a county's year: opening it and adjusting its dates.
export { YearService } from './year.service.js';
