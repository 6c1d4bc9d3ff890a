import type { DataSource } from 'typeorm';
import { sqlParams, type Viewer } from '../auth/index.js';
import type { Todo } from './calendar.types.js';
import { AGENCY_TODOS } from './agency-todos.js';
import { PERFORMANCE_TODOS } from './performance-todos.js';
import { BUDGET_TODOS, BUSINESS_SECTION_TODOS, FUND_SECTION_TODOS } from './section-todos.js';
import type { TodoSql } from './todo-sql.js';
import { UNIT_TODOS } from './unit-todos.js';
import { UPPER_LEVEL_TODOS } from './upper-level-todos.js';

// Each to-do is one count over rows in the viewer's scope; `overdue` counts those past their date.
/** The kinds of to-do of each role (exported for the test that runs each kind on its own against the whole). */
export const TODOS: Record<string, TodoSql[]> = {
  UNIT: UNIT_TODOS,
  BUSINESS_SECTION: BUSINESS_SECTION_TODOS,
  PERFORMANCE: PERFORMANCE_TODOS,
  FUND_SECTION: FUND_SECTION_TODOS,
  UPPER_LEVEL: UPPER_LEVEL_TODOS,
  BUDGET: BUDGET_TODOS,
  AGENCY: AGENCY_TODOS,
};

/**
 * The role's to-dos as ONE statement: each kind's own count (its SQL and row scope unchanged, a subquery here)
 * is a scalar subquery of one SELECT, giving `[n, late]`. Every kind is plain SQL over the database, so none
 * needs a statement of its own; one statement also reads every count from the same snapshot. Not a UNION ALL:
 * PostgreSQL runs that as a Parallel Append, whose workers cost more than the counts (a unit's to-dos at a
 * million projects: 19 ms as separate statements or scalar subqueries, 65 ms as a parallel UNION ALL).
 */
export function todosSql(v: Viewer): { kinds: TodoSql[]; sql: string; values: unknown[] } | null {
  const kinds = TODOS[v.role] ?? [];
  if (kinds.length === 0) return null;
  const p = sqlParams();
  const sql = `SELECT ${kinds.map((t, i) => `(SELECT ARRAY[k.n, k.late]::int[] FROM (${t.sql(v, p)}) k) AS k${i}`).join(',\n')}`;
  return { kinds, sql, values: p.values };
}

/** The viewer's to-dos: one count per kind of its role, in one statement (exported for the bench's EXPLAIN). */
export async function viewerTodos(db: DataSource, v: Viewer): Promise<Todo[]> {
  const q = todosSql(v);
  if (!q) return [];
  const [row] = (await db.query(q.sql, q.values)) as Record<string, [number, number] | null>[];
  // Every kind is an aggregate without GROUP BY, so it gives exactly one value; only the bench's recorder of
  // statements (which answers no rows) leaves the row out.
  return q.kinds.map((t, i) => {
    const [n, late] = row?.[`k${i}`] ?? [0, 0];
    return { kind: t.kind, titleZh: t.zh, titleEn: t.en, count: n, overdue: late };
  });
}
