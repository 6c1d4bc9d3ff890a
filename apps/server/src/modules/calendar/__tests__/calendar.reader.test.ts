import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { CalendarReader } from '../calendar.reader.js';

describe('CalendarReader', () => {
  const ctx = useServices();

  it('gives a unit the deadlines that are its own, the checkpoints’ dates among them', async () => {
    const unit = await ctx.viewer('unit-jyj');
    const deadlines = await new CalendarReader(ctx.db, unit).deadlines(2024);
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.roles).toContain('UNIT');
    const reportsDue = await ctx.db.query(
      `SELECT report_due::text AS d FROM monitoring_checkpoint WHERE region_id = $1 AND year = 2024 AND scope = 'PROJECT' ORDER BY 1`,
      [unit.regionId],
    );
    expect(deadlines.filter((d) => d.kind === 'REPORTS_DUE').map((d) => d.dueOn)).toEqual(
      reportsDue.map((r: any) => r.d),
    );
  });

  it('counts a unit’s flags to rectify within its own projects', async () => {
    const unit = await ctx.viewer('unit-jyj');
    const todos = await new CalendarReader(ctx.db, unit).todos();
    const [{ n }] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM flag f JOIN project p ON p.id = f.project_id WHERE f.status = 'OPEN' AND p.unit_id = $1`,
      [unit.unitId],
    );
    expect(todos.find((t) => t.kind === 'FLAGS_TO_RECTIFY')!.count).toBe(n);
  });
});
