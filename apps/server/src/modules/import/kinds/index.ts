import type { ImportKindName } from '../import.entity.js';
import { executionKind } from './execution.kind.js';
import type { ImportKind } from './kind.js';
import { projectsKind } from './projects.kind.js';

/** Every kind of import, by name. A new kind (units and users, indicator libraries) is one file and one line here. */
export const IMPORT_KIND_REGISTRY: Record<ImportKindName, ImportKind> = {
  PROJECTS: projectsKind,
  EXECUTION: executionKind,
};
