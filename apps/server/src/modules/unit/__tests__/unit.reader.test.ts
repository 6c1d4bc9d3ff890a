import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { UnitReader } from '../unit.reader.js';

describe('UnitReader', () => {
  const ctx = useServices();

  it('shows a fund section the units that run projects of its family, never a classified one', async () => {
    const fund = await ctx.viewer('sec-xc');
    const page = await new UnitReader(ctx.db, fund).page({}, 100, undefined);
    const rows = await ctx.db.query(
      `SELECT DISTINCT u.id FROM unit u JOIN project p ON p.unit_id = u.id
        WHERE p.fund_family = $1 AND p.region_id = $2 AND NOT u.classified ORDER BY u.id`,
      [fund.ownedFundFamily, fund.regionId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(page.edges.map((e) => e.node.dbId).sort((a, b) => a - b)).toEqual(rows.map((r: any) => r.id));
  });

  it('groups the units of sections for a business section: its own only', async () => {
    const section = await ctx.viewer('sec-jkw');
    const sections = await ctx.db.query(
      `SELECT id FROM section WHERE region_id = $1 AND kind = 'BUSINESS' ORDER BY id`,
      [section.regionId],
    );
    const grouped = await new UnitReader(ctx.db, section).ofSections(sections.map((s: any) => s.id));
    sections.forEach((s: any, i: number) => {
      if (s.id !== section.sectionId) expect(grouped[i]).toEqual([]);
      else expect(grouped[i]!.length).toBeGreaterThan(0);
    });
  });
});
