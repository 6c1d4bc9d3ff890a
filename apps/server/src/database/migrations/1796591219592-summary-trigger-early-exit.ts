import type { MigrationInterface, QueryRunner } from 'typeorm';

// The project-update triggers of the execution/flag and evaluation summaries first asked whether any project
// moved (county, unit, fund family or year) with IF NOT EXISTS over the transition tables. Transition tables
// have no statistics and EXISTS wants its first row early: PostgreSQL planned a nested loop, quadratic when
// nothing moved — one UPDATE of 20,000 projects' budgets took 112 s (200k-project bench database). Counting
// the moved rows instead needs the whole join, which is hashed: 1.3 s. The functions are otherwise unchanged.

const FUNCTIONS = ['analytics_summary_projects_moved', 'evaluation_summary_projects_moved'];
const EXISTS =
  /IF NOT EXISTS \(SELECT 1 (FROM old_rows o JOIN new_rows n ON n\.id = o\.id[\s\S]*?)\) THEN RETURN NULL; END IF;/;
const COUNT =
  /IF \(SELECT count\(\*\) (FROM old_rows o JOIN new_rows n ON n\.id = o\.id[\s\S]*?)\) = 0 THEN RETURN NULL; END IF;/;

async function rewrite(q: QueryRunner, from: RegExp, to: string): Promise<void> {
  for (const fn of FUNCTIONS) {
    const [{ def }] = await q.query(`SELECT pg_get_functiondef($1::regproc) AS def`, [fn]);
    const next = (def as string).replace(from, to);
    if (next === def) throw new Error(`${fn}: its early exit is not the one this migration rewrites`);
    await q.query(next);
  }
}

export class SummaryTriggerEarlyExit1796591219592 implements MigrationInterface {
  name = 'SummaryTriggerEarlyExit1796591219592';

  async up(q: QueryRunner): Promise<void> {
    await rewrite(q, EXISTS, 'IF (SELECT count(*) $1) = 0 THEN RETURN NULL; END IF;');
  }

  async down(q: QueryRunner): Promise<void> {
    await rewrite(q, COUNT, 'IF NOT EXISTS (SELECT 1 $1) THEN RETURN NULL; END IF;');
  }
}
