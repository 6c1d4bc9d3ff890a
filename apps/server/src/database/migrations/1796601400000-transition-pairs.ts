import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary triggers paired an UPDATE's old and new rows by joining the two transition tables on their key
 * (`old_rows o JOIN new_rows n ON n.id = o.id`). PL/pgSQL plans each statement once per session and keeps the
 * plan; a transition table's size is known only when its statement is planned. A connection whose first write
 * touched one row kept a plan made for one row on each side: a nested loop, quadratic. On a server's pooled
 * connection, warmed by single-row mutations, updating 5,000 projects' budgets at 1M projects took 27.6 s
 * (2.1 s on a new connection); 20,000 would take minutes.
 *
 * The pairs are now made without a join: both sides sorted by the key into arrays and zipped by `unnest` (an
 * UPDATE's old and new rows are the same rows, and no statement here changes a key), each side's columns
 * unpacked under its old alias, so the rest of every statement reads `o` and `n` as before. Sorting is the same
 * work whatever the plan. The functions are otherwise unchanged; each is rewritten from its definition in the
 * database, and `down` restores the join.
 */
/** Each trigger function and the table it is a trigger of (the row type of its transition tables). */
const FUNCTIONS: Record<string, string> = {
  analytics_summary_projects_moved: 'project',
  evaluation_summary_projects_moved: 'project',
  execution_section_summary_units_moved: 'unit',
  latest_section_summary_units_moved: 'unit',
  latest_summary_rows: 'project_latest',
  open_flag_summary_flags: 'flag',
  open_flag_summary_projects_moved: 'project',
  project_latest_checkpoints: 'monitoring_checkpoint',
  project_latest_evaluations: 'evaluation',
  project_latest_flags: 'flag',
  project_latest_projects: 'project',
  project_latest_reports: 'monitoring_report',
  report_due_checkpoints: 'monitoring_checkpoint',
  report_due_projects: 'project',
  report_due_reports: 'monitoring_report',
  target_summary_projects: 'project',
};

const JOIN = /old_rows o JOIN new_rows n ON n\.(id|project_id) = o\.\1/g;
// A transition table's whole row is an anonymous record: cast to the table's row type to be unpacked. The two
// arrays are unnested side by side in one select list (in lockstep: the i-th old row beside the i-th new row).
const paired = (table: string, key: string) =>
  `((SELECT unnest(ARRAY(SELECT t::${table} FROM old_rows t ORDER BY t.${key})) AS o,` +
  ` unnest(ARRAY(SELECT t::${table} FROM new_rows t ORDER BY t.${key})) AS n) z` +
  ` CROSS JOIN LATERAL (SELECT (z.o).*) o CROSS JOIN LATERAL (SELECT (z.n).*) n)`;
const PAIRED =
  /\(\(SELECT unnest\(ARRAY\(SELECT t::\w+ FROM old_rows t ORDER BY t\.(id|project_id)\)\) AS o, unnest\(ARRAY\(SELECT t::\w+ FROM new_rows t ORDER BY t\.\1\)\) AS n\) z CROSS JOIN LATERAL \(SELECT \(z\.o\)\.\*\) o CROSS JOIN LATERAL \(SELECT \(z\.n\)\.\*\) n\)/g;

/**
 * `sql` with each join of a trigger's transition tables on their key replaced by the pairing above: for the
 * functions that later migrations create for `table`'s triggers.
 */
export function pairTransitionRows(sql: string, table: string): string {
  return sql.replace(JOIN, (_m, key: string) => paired(table, key));
}

async function rewrite(q: QueryRunner, from: RegExp, to: (table: string, key: string) => string): Promise<void> {
  for (const [fn, table] of Object.entries(FUNCTIONS)) {
    const [{ def }] = await q.query(`SELECT pg_get_functiondef($1::regproc) AS def`, [fn]);
    const next = (def as string).replace(from, (_m, key: string) => to(table, key));
    if (next === def) throw new Error(`${fn}: no pairing of old and new rows to rewrite`);
    await q.query(next);
  }
}

export class TransitionPairs1796601400000 implements MigrationInterface {
  name = 'TransitionPairs1796601400000';

  async up(q: QueryRunner): Promise<void> {
    await rewrite(q, JOIN, paired);
  }

  async down(q: QueryRunner): Promise<void> {
    await rewrite(q, PAIRED, (_table, key) => `old_rows o JOIN new_rows n ON n.${key} = o.${key}`);
  }
}
