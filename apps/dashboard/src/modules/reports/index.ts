// 报表: the Ministry's forms and the year's report, downloaded (the project page shows a project's forms).
export { ProjectForms } from './components/ProjectForms';
