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
const TODOS: Record<string, TodoSql[]> = {
  UNIT: UNIT_TODOS,
  BUSINESS_SECTION: BUSINESS_SECTION_TODOS,
  PERFORMANCE: PERFORMANCE_TODOS,
  FUND_SECTION: FUND_SECTION_TODOS,
  UPPER_LEVEL: UPPER_LEVEL_TODOS,
  BUDGET: BUDGET_TODOS,
  AGENCY: AGENCY_TODOS,
};

/** The viewer's to-dos: one count per kind of its role (exported for the bench's EXPLAIN). */
export async function viewerTodos(db: DataSource, v: Viewer): Promise<Todo[]> {
  const out: Todo[] = [];
  for (const t of TODOS[v.role] ?? []) {
    const p = sqlParams();
    const [row] = await db.query(t.sql(v, p), p.values);
    out.push({ kind: t.kind, titleZh: t.zh, titleEn: t.en, count: row.n, overdue: row.late });
  }
  return out;
}
