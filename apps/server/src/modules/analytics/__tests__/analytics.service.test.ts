import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('AnalyticsService', () => {
  const ctx = useServices();

  it('counts a business section’s portfolio only: its self-evaluation grades equal SQL over its units', async () => {
    const act = await ctx.act('sec-jkw');
    const got = await ctx.services.analytics.gradeDistribution(act.viewer, 2022, 'SELF');
    const rows = await ctx.db.query(
      `SELECT e.grade, count(*)::int AS n FROM evaluation e JOIN unit u ON u.id = e.unit_id
        WHERE e.year = 2022 AND e.kind = 'SELF' AND e.status = 'FINAL' AND u.supervising_section_id = $1 GROUP BY e.grade`,
      [act.viewer.sectionId],
    );
    const expected = Object.fromEntries(rows.map((r: any) => [r.grade, r.n]));
    expect(got.total).toBe(rows.reduce((s: number, r: any) => s + r.n, 0));
    for (const b of got.buckets) expect(b.count).toBe(expected[b.grade] ?? 0);
  });

  it('merges classified units into one row for the budget section, while leadership sees them by name', async () => {
    const budget = await ctx.act('budget');
    const leader = await ctx.act('leader');
    const [gaj] = await ctx.db.query(
      `SELECT u.name FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-gaj'`,
    );
    const hidden = await ctx.services.analytics.executionSummary(budget.viewer, 2023, 8, 'UNIT');
    const shown = await ctx.services.analytics.executionSummary(leader.viewer, 2023, 8, 'UNIT');
    expect(hidden.map((r) => r.label)).not.toContain(gaj.name);
    expect(hidden.map((r) => r.key)).toContain('CLASSIFIED');
    expect(shown.map((r) => r.label)).toContain(gaj.name);
    const total = (rows: { projectCount: number }[]) => rows.reduce((s, r) => s + r.projectCount, 0);
    expect(total(hidden)).toBe(total(shown));
  });
});
