// The public entry of projects: the object type, its connection, and the reader's row mapping.
export { Project, ProjectConnection } from './project.types.js';
export { ProjectOrder } from './project.inputs.js';
export {
  PROJECT_COLUMNS,
  PROJECT_FIELD_COLUMNS,
  PROJECT_KEY_COLUMNS,
  ProjectReader,
  mapProject,
} from './project.reader.js';
