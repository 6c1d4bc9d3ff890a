import 'reflect-metadata';
import pg from 'pg';
const { toViewer, VIEWER_SQL } = await import('../dist/modules/auth/auth.service.js');
const { TODOS } = await import('../dist/modules/calendar/todo.reader.js');
const { sqlParams } = await import('../dist/modules/auth/index.js');
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/jixiao_bench' });
await c.connect();
const [user, kind, ...sets] = process.argv.slice(2);
for (const s of sets) await c.query(s);
const { rows } = await c.query(`${VIEWER_SQL} AND u.username = $1`, [user]);
const v = toViewer(rows[0], null, null);
const t = TODOS[v.role].find((t) => t.kind === kind);
const p = sqlParams();
const sql = t.sql(v, p);
console.log(sql, p.values);
for (let i = 0; i < 3; i++) { const t0 = performance.now(); await c.query(sql, p.values); console.log((performance.now() - t0).toFixed(1)); }
const e = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + sql, p.values); console.log(e.rows.map(r => r['QUERY PLAN']).join('\n'));
await c.end();
