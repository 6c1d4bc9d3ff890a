// The public entry of the calendar: the year's deadlines and the viewer's to-dos.
export { CalendarReader } from './calendar.reader.js';
export { viewerTodos } from './todo.reader.js';
export { defaultCalendar } from './default-calendar.js';
