import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { CheckpointReader } from '../checkpoint.reader.js';
import { ReportReader } from '../report.reader.js';

describe('monitoring', () => {
  const ctx = useServices();

  it('MonitoringService refuses to confirm a report twice, and leaves the report and the flags as they were', async () => {
    const [r] = await ctx.db.query(
      `SELECT id, version, project_id FROM monitoring_report WHERE status = 'CONFIRMED' ORDER BY id LIMIT 1`,
    );
    const before = await ctx.db.query(`SELECT * FROM monitoring_report WHERE id = $1`, [r.id]);
    const flags = await ctx.db.query(`SELECT * FROM flag WHERE project_id = $1 ORDER BY id`, [r.project_id]);
    await expect(ctx.services.monitoring.confirmReport(await ctx.act('pes'), r.id, r.version)).rejects.toMatchObject({
      extensions: { code: 'INVALID_TRANSITION' },
    });
    expect(await ctx.db.query(`SELECT * FROM monitoring_report WHERE id = $1`, [r.id])).toEqual(before);
    expect(await ctx.db.query(`SELECT * FROM flag WHERE project_id = $1 ORDER BY id`, [r.project_id])).toEqual(flags);
  });

  it('CheckpointReader lists as still due exactly the approved projects without a report, and ReportReader a unit’s own', async () => {
    const pes = await ctx.viewer('pes');
    const reader = new CheckpointReader(ctx.db, pes);
    const [may] = (await reader.ofYear(2024)).filter((c) => c.scope === 'PROJECT');
    const [{ n }] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM project p WHERE p.region_id = $1 AND p.year = 2024 AND p.target_status = 'APPROVED'
          AND p.budgeted_on <= $2::date AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = p.id AND r.checkpoint_id = $3)`,
      [pes.regionId, may!.periodEnd, may!.dbId],
    );
    expect(n).toBeGreaterThan(0);
    expect(await (await reader.missingReports(may!, 20, undefined)).count()).toBe(n);

    const unit = await ctx.viewer('unit-jyj');
    const [own] = await ctx.db.query(
      `SELECT r.id FROM monitoring_report r JOIN project p ON p.id = r.project_id WHERE p.unit_id = $1 LIMIT 1`,
      [unit.unitId],
    );
    const [other] = await ctx.db.query(
      `SELECT r.id FROM monitoring_report r JOIN project p ON p.id = r.project_id WHERE p.unit_id <> $1 LIMIT 1`,
      [unit.unitId],
    );
    const got = await new ReportReader(ctx.db, unit).byIds([own.id, other.id]);
    expect(got.map((x) => x?.dbId ?? null)).toEqual([own.id, null]);
  });
});
