import { expect, it } from 'vitest';
import type { DataSource } from 'typeorm';

// Issue 15 §2: demo data a finance official would not question, checked by SQL on a demo database loaded on
// `today`. Each query lists the rows that break a rule, so a failure names them.

/** Units of people, animals and things (their values are whole numbers). */
const COUNTED = `('人','人次','个','户','户次','头（只）','次','辆','辆次','件','处','场次','台（套）','台（件）','台次',
  '起','张','家','家次','座','套','册','篇','份','种','条','块','项','类','批次','剂次')`;

/** Registers the checks (inside a describe) on the database of `ctx`, a demo loaded on `today`. */
export function credibilityChecks(ctx: { db: DataSource }, today: string) {
  const rows = (sql: string) => ctx.db.query(sql);

  it('closes no flag before it was raised: after the report that raised it was confirmed, and after its plan', async () => {
    const early = await rows(
      `SELECT f.id, f.closed_on, r.confirmed_on, c.year, c.month
         FROM flag f
         JOIN monitoring_checkpoint c ON c.id = f.raised_checkpoint_id
         LEFT JOIN monitoring_report r ON r.project_id = f.project_id AND r.checkpoint_id = f.raised_checkpoint_id
        WHERE f.closed_on IS NOT NULL
          AND (f.closed_on <= c.period_end OR f.closed_on < r.confirmed_on
               OR EXISTS (SELECT 1 FROM flag_event e WHERE e.flag_id = f.id AND e.kind IN ('RAISED', 'PLAN_SET')
                            AND e.occurred_on > f.closed_on))`,
    );
    expect(early).toEqual([]);
    // Every event of a flag happens in order: raised first, closed last.
    const disorder = await rows(
      `SELECT e.flag_id FROM flag_event e JOIN flag_event r ON r.flag_id = e.flag_id AND r.kind = 'RAISED'
        WHERE e.occurred_on < r.occurred_on`,
    );
    expect(disorder).toEqual([]);
    expect((await rows(`SELECT count(*)::int AS n FROM flag WHERE closed_on IS NOT NULL`))[0].n).toBeGreaterThan(0);
  });

  it('counts people, animals and things in whole numbers', async () => {
    const targets = await rows(
      `SELECT id, unit_of_measure, target_value FROM project_indicator
        WHERE unit_of_measure IN ${COUNTED} AND target_value <> trunc(target_value)`,
    );
    expect(targets).toEqual([]);
    const actuals = await rows(
      `SELECT a.id, i.unit_of_measure, a.planned_value, a.actual_value
         FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
        WHERE i.unit_of_measure IN ${COUNTED}
          AND (a.planned_value <> trunc(a.planned_value) OR a.actual_value <> trunc(a.actual_value))`,
    );
    expect(actuals).toEqual([]);
    const counted = await rows(
      `SELECT count(*)::int AS n FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
        WHERE i.unit_of_measure IN ${COUNTED}`,
    );
    expect(counted[0].n).toBeGreaterThan(100);
  });

  it('keeps rates within bounds: percentages 0–100, nothing executed beyond its budget, scores 0–100', async () => {
    const percent = await rows(
      `SELECT a.id, a.actual_value, i.target_value FROM indicator_actual a
         JOIN project_indicator i ON i.id = a.project_indicator_id
        WHERE i.unit_of_measure = '%' AND (a.actual_value NOT BETWEEN 0 AND 100 OR a.planned_value NOT BETWEEN 0 AND 100)
        UNION ALL
       SELECT i.id, NULL, i.target_value FROM project_indicator i
        WHERE i.unit_of_measure = '%' AND i.target_value NOT BETWEEN 0 AND 100`,
    );
    expect(percent).toEqual([]);
    const executed = await rows(
      `SELECT id, budget, executed FROM monitoring_report WHERE executed < 0 OR executed > budget`,
    );
    expect(executed).toEqual([]);
    const scores = await rows(
      `SELECT id, score FROM evaluation WHERE score IS NOT NULL AND score NOT BETWEEN 0 AND 100`,
    );
    expect(scores).toEqual([]);
  });

  it('leaves no 2022 flag open: the year is closed', async () => {
    const open = await rows(
      `SELECT f.id, p.code FROM flag f JOIN project p ON p.id = f.project_id WHERE p.year = 2022 AND f.status = 'OPEN'`,
    );
    expect(open).toEqual([]);
  });

  it(`closes nothing after its today (${today}) and leaves no flag open more than a year`, async () => {
    const late = await rows(`SELECT id, closed_on FROM flag WHERE closed_on > '${today}'`);
    expect(late).toEqual([]);
    const stale = await rows(
      `SELECT f.id, e.occurred_on FROM flag f JOIN flag_event e ON e.flag_id = f.id AND e.kind = 'RAISED'
        WHERE f.status = 'OPEN' AND e.occurred_on < '${today}'::date - interval '1 year'`,
    );
    expect(stale).toEqual([]);
    const events = await rows(`SELECT id, kind, occurred_on FROM flag_event WHERE occurred_on > '${today}'`);
    expect(events).toEqual([]);
  });
}
