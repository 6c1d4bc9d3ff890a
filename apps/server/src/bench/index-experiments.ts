import pg from 'pg';
import { login, type ServerProcess } from '../testing/harness.js';
import { explain, recordingDataSource } from './explain.js';
import { fmtMs, printTable } from './format.js';
import type { BenchConfig, Say, ViewerTimings } from './phases.js';
import { median, p95, timeQueries, type Timing } from './timing.js';

/**
 * What-ifs on the bench's own database, each undone before the next: an index (or a setting) that the plans
 * suggest, the queries it should speed up timed again over HTTP on a fresh server. Never a migration: the
 * output says which DDL to propose to the owner of the migrations.
 */
interface Experiment {
  title: string;
  /** The DDL to propose (for a setting: where to set it). */
  proposal: string;
  apply: string[];
  undo: string[];
  /** An index name to look for in the plan of the first target. */
  index?: string;
  targets: [viewer: string, query: string][];
}

const EXPERIMENTS: Experiment[] = [
  {
    title: 'project (code, id): the default order of the projects connection',
    proposal: 'CREATE INDEX ON project (code, id)',
    apply: ['CREATE INDEX bench_exp_project_code ON project (code, id)', 'ANALYZE project'],
    undo: ['DROP INDEX bench_exp_project_code'],
    index: 'bench_exp_project_code',
    targets: [
      ['province', 'projects first page (20)'],
      ['province', 'projects deep page (middle, cursor)'],
      ['province', 'projects search "学校"'],
      ['leader', 'projects first page (20)'],
      ['leader', 'projects deep page (middle, cursor)'],
    ],
  },
  {
    title: 'project (budget, id): projects ordered by budget',
    proposal: 'CREATE INDEX ON project (budget, id)',
    apply: ['CREATE INDEX bench_exp_project_budget ON project (budget, id)', 'ANALYZE project'],
    undo: ['DROP INDEX bench_exp_project_budget'],
    index: 'bench_exp_project_budget',
    targets: [
      ['province', 'projects by budget desc (20)'],
      ['leader', 'projects by budget desc (20)'],
    ],
  },
  {
    title: 'trigram indexes on project name and code (pg_trgm): the search filter (ILIKE %…%)',
    proposal:
      'CREATE EXTENSION pg_trgm; CREATE INDEX ON project USING gin (name gin_trgm_ops); CREATE INDEX ON project USING gin (code gin_trgm_ops)',
    apply: [
      'CREATE EXTENSION IF NOT EXISTS pg_trgm',
      'CREATE INDEX bench_exp_project_name_trgm ON project USING gin (name gin_trgm_ops)',
      'CREATE INDEX bench_exp_project_code_trgm ON project USING gin (code gin_trgm_ops)',
      'ANALYZE project',
    ],
    undo: ['DROP INDEX bench_exp_project_name_trgm', 'DROP INDEX bench_exp_project_code_trgm'],
    index: 'bench_exp_project_name_trgm',
    targets: [
      ['province', 'projects search "寄宿制学校"'],
      ['province', 'projects search "学校"'],
      ['leader', 'projects search "寄宿制学校"'],
    ],
  },
  {
    title: 'covering index for the reports of a set of projects (index-only: no visit to the report rows)',
    proposal:
      'CREATE INDEX ON monitoring_report (project_id) INCLUDE (checkpoint_id, status, budget, executed) — replacing the plain (project_id) index',
    apply: [
      'CREATE INDEX bench_exp_report_covering ON monitoring_report (project_id) INCLUDE (checkpoint_id, status, budget, executed)',
      'VACUUM (ANALYZE) monitoring_report',
    ],
    undo: ['DROP INDEX bench_exp_report_covering'],
    index: 'bench_exp_report_covering',
    targets: [
      ['leader', 'executionSummary FUND_FAMILY'],
      ['leader', 'executionSummary UNIT'],
      ['leader', 'projectAggregate [CHECKPOINT, FLAG_LEVEL]'],
      ['section', 'executionSummary UNIT'],
    ],
  },
  {
    title:
      'setting random_page_cost = 1.1 (data in memory or on SSD): the planner stops seq-scanning monitoring_checkpoint once per row',
    proposal: 'random_page_cost = 1.1 in postgresql.conf (or ALTER DATABASE … SET random_page_cost = 1.1)',
    apply: [`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database()); END $$`],
    undo: [`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET random_page_cost', current_database()); END $$`],
    targets: [
      ['province', 'projectAggregate [FUND_FAMILY]'],
      ['province', 'flagSummary'],
      ['leader', 'projectAggregate [FUND_FAMILY]'],
      ['leader', 'flagSummary'],
    ],
  },
];

const show = (t: Timing | undefined) =>
  !t ? '—' : t.errors.length ? `${t.errors[0]} (${fmtMs(median(t))})` : `${fmtMs(median(t))} / ${fmtMs(p95(t))}`;

export async function indexExperiments(
  say: Say,
  startServer: () => Promise<ServerProcess>,
  databaseUrl: string,
  all: ViewerTimings[],
  password: string,
  cfg: BenchConfig,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const x of EXPERIMENTS) {
      const targets = x.targets
        .map(([viewer, name]) => {
          const v = all.find((a) => a.label === viewer);
          const before = v?.timings.find((t) => t.query.name === name);
          return v && before ? { v, before } : null;
        })
        .filter((t) => t !== null);
      if (targets.length === 0) continue;
      say('');
      say(`  EXPERIMENT: ${x.title}`);
      say(`    proposal: ${x.proposal}`);
      const t0 = performance.now();
      for (const sql of x.apply) await client.query(sql);
      say(`    applied in ${fmtMs(performance.now() - t0)}`);
      const server = await startServer();
      const rows: string[][] = [];
      try {
        for (const { v, before } of targets) {
          const token = await login(server.graphqlUrl, v.user.username, password);
          const [after] = await timeQueries(
            server.graphqlUrl,
            v.label,
            token,
            [before.query],
            { runs: 5, minRuns: 3, budgetMs: Math.min(cfg.queryBudgetMs, 2000) },
            () => {},
          );
          let used = '';
          if (x.index) {
            const { db, statements } = recordingDataSource(client);
            await before.query.sql(v.viewer, db);
            const plan = await explain(client, statements[0]!.sql, statements[0]!.params, cfg.explainTimeoutMs);
            used = plan.indexes.includes(x.index) ? 'yes' : 'no';
          }
          const change =
            after && !after.errors.length && !before.errors.length
              ? `×${(median(before) / median(after)).toFixed(1)}`
              : '';
          rows.push([`${before.query.name} as ${v.label}`, show(before), show(after), change, used]);
        }
      } finally {
        await server.stop();
        for (const sql of x.undo) await client.query(sql);
      }
      printTable(say, ['query', 'before (median / p95)', 'with it', 'speed-up', x.index ? 'index used' : ''], rows, [
        'l',
        'r',
        'r',
        'r',
        'l',
      ]);
    }
  } finally {
    await client.end();
  }
}
