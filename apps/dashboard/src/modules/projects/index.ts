// 项目: the paged, sortable project table every dashboard shows, and the words of a project's fields.
// (The project page itself is loaded by the router.)
export { FlagBadge } from './components/project-table-columns';
export { ProjectTable } from './components/ProjectTable';
export { familyLabel, flagLabel, gradeLabel, kindLabel } from './project-rows';
export { LIST_PARAMS, projectListPath } from './project-list-params';
