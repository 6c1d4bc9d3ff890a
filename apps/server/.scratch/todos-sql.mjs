import 'reflect-metadata';
import pg from 'pg';
const { toViewer, VIEWER_SQL } = await import('/work/main/apps/server/dist/modules/auth/auth.service.js');
const { TODOS } = await import('/work/main/apps/server/dist/modules/calendar/todo.reader.js');
const { sqlParams } = await import('/work/main/apps/server/dist/modules/auth/index.js');
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/jixiao_bench' });
await c.connect();
const user = process.argv[2];
const { rows } = await c.query(`${VIEWER_SQL} AND u.username = $1`, [user]);
const v = toViewer(rows[0], null, null);
for (const t of TODOS[v.role] ?? []) {
  const p = sqlParams();
  const sql = t.sql(v, p);
  const t0 = performance.now();
  await c.query(sql, p.values);
  const t1 = performance.now();
  await c.query(sql, p.values);
  const t2 = performance.now();
  console.log(t.kind.padEnd(34), (t1 - t0).toFixed(1).padStart(8), (t2 - t1).toFixed(1).padStart(8));
  if (process.argv[3] === t.kind) { const e = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + sql, p.values); console.log(e.rows.map(r => r['QUERY PLAN']).join('\n')); }
}
await c.end();
