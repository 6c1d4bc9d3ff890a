// Statements that write many rows at once (an import's updates, a checkpoint's flags, closing them), timed on a
// connection first warmed by single-row writes, as a server's pooled connection is: PL/pgSQL keeps each trigger
// statement's plan from its first use, made for that use's transition-table sizes. Each statement runs in a
// transaction rolled back, so the database is left as it was. Prints numbers; asserts nothing.
import pg from 'pg';
import { fmtInt, fmtMs, printTable } from './format.js';

type Say = (line: string) => void;

interface Write {
  name: string;
  /** the statement, for the first `n` rows of the bench year: $1 = n */
  sql: string;
}

const WRITES: Write[] = [
  {
    name: 'project budgets changed',
    sql: `UPDATE project SET budget = budget + 1
           WHERE id IN (SELECT id FROM project WHERE year = $2 ORDER BY id LIMIT $1)`,
  },
  {
    name: 'flags raised on projects without one',
    sql: `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline)
          SELECT l.project_id, 'YELLOW', 'OPEN', c.id, make_date($2, 7, 10)
            FROM (SELECT project_id, region_id FROM project_latest WHERE top_flag = 0 AND year = $2
                   ORDER BY project_id LIMIT $1) l
            JOIN LATERAL (SELECT id FROM monitoring_checkpoint c WHERE c.region_id = l.region_id AND c.year = $2
                            AND c.scope = 'PROJECT' ORDER BY c.period_end LIMIT 1) c ON true`,
  },
  {
    name: 'open flags closed',
    sql: `UPDATE flag SET status = 'CLOSED', closed_on = make_date($2, 12, 1)
           WHERE id IN (SELECT id FROM flag WHERE status = 'OPEN' ORDER BY id LIMIT $1)`,
  },
  {
    name: 'reports corrected',
    sql: `UPDATE monitoring_report SET executed = executed + 1
           WHERE id IN (SELECT r.id FROM monitoring_report r JOIN project p ON p.id = r.project_id
                         WHERE p.year = $2 AND r.status <> 'DRAFT' ORDER BY r.id LIMIT $1)`,
  },
];

export async function bulkWritesPhase(say: Say, databaseUrl: string, year: number, sizes: number[]) {
  const db = new pg.Client({ connectionString: databaseUrl, options: '-c jit=off' });
  await db.connect();
  const timed = async (sql: string, n: number) => {
    await db.query('BEGIN');
    const t = performance.now();
    const { rowCount } = await db.query(sql, [n, year]);
    const ms = performance.now() - t;
    await db.query('ROLLBACK');
    return { ms, rows: rowCount ?? 0 };
  };
  const results: { write: string; rows: number; ms: number }[] = [];
  try {
    // Warm: each write once with one row, as a server's mutations do before an import arrives.
    for (const w of WRITES) await timed(w.sql, 1);
    for (const w of WRITES)
      for (const n of sizes) {
        const { ms, rows } = await timed(w.sql, n);
        results.push({ write: w.name, rows, ms });
      }
  } finally {
    await db.end();
  }
  printTable(
    say,
    ['statement (one transaction, rolled back)', 'rows', 'time', 'per 1,000 rows'],
    results.map((r) => [r.write, fmtInt(r.rows), fmtMs(r.ms), r.rows ? fmtMs((r.ms / r.rows) * 1000) : '—']),
    ['l', 'r', 'r', 'r'],
  );
  return results;
}
