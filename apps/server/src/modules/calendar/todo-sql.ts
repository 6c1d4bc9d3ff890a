import type { SqlParams, Viewer } from '../auth/index.js';

/**
 * A kind of to-do: one count over rows in the viewer's scope (`n`), with `late` counting those past their date.
 * The kinds of each role live in `<role>-todos.ts`.
 */
export type TodoSql = { kind: string; zh: string; en: string; sql: (v: Viewer, p: SqlParams) => string };
