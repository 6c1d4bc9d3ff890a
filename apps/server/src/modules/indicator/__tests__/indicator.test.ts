import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { IndicatorLibraryReader } from '../indicator-library.reader.js';
import { IndicatorReader } from '../indicator.reader.js';

describe('indicators', () => {
  const ctx = useServices();

  it('IndicatorReader gives a project its current targets: one replaced by an adjustment stays readable by id only', async () => {
    const [i] = await ctx.db.query(`SELECT id, project_id FROM project_indicator ORDER BY id LIMIT 1`);
    await ctx.db.query(`UPDATE project_indicator SET retired_on = '2024-06-01' WHERE id = $1`, [i.id]);
    const reader = new IndicatorReader(ctx.db, await ctx.viewer('leader'));
    const [current] = await reader.ofProjects([i.project_id]);
    expect(current!.map((x) => x.dbId)).not.toContain(i.id);
    expect((await reader.byIds([i.id]))[0]).toMatchObject({ dbId: i.id, retiredOn: '2024-06-01' });
  });

  it('IndicatorLibraryReader: the common library has 10 categories and 183 indicators, the sector one 18 and 538', async () => {
    const groups = await new IndicatorLibraryReader(ctx.db, await ctx.viewer('unit-jyj')).groups();
    const of = (library: string) => groups.filter((g) => g.library === library);
    expect(of('COMMON')).toHaveLength(10);
    expect(of('COMMON').reduce((s, g) => s + g.indicatorCount, 0)).toBe(183);
    expect(of('SECTOR')).toHaveLength(18);
    expect(of('SECTOR').reduce((s, g) => s + g.indicatorCount, 0)).toBe(538);
  });
});
