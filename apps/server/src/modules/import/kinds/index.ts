import type { ImportKindName } from '../import.entity.js';
import { executionKind } from './execution.kind.js';
import { indicatorLibraryKind } from './indicator-library.kind.js';
import type { ImportKind } from './kind.js';
import { projectsKind } from './projects.kind.js';
import { unitsKind } from './units.kind.js';
import { usersKind } from './users.kind.js';

/** Every kind of import, by name. A new kind is one file and one line here. */
export const IMPORT_KIND_REGISTRY: Record<ImportKindName, ImportKind> = {
  PROJECTS: projectsKind,
  EXECUTION: executionKind,
  UNITS: unitsKind,
  USERS: usersKind,
  INDICATOR_LIBRARY: indicatorLibraryKind,
};
