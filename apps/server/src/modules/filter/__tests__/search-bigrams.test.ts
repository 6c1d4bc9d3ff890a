import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/global-id.js';
import { useServices } from '../../../../test/support/services.js';
import { sqlParams } from '../../auth/index.js';
import { filterSql, type Filter } from '../filter-sql.js';
import { ProjectFilter } from '../filter.input.js';
import { resolveFilter } from '../resolve-filter.js';
import { BIGRAM_SEARCH_MAX, bigramsOf, matchBound, type BigramStats } from '../search-bigrams.js';

describe('bigramsOf and matchBound', () => {
  it('cuts a term into its overlapping two-character pieces, lower-cased', () => {
    expect(bigramsOf('寄宿制学校')).toEqual(['寄宿', '宿制', '制学', '学校']);
    expect(bigramsOf('JYJ-2')).toEqual(['jy', 'yj', 'j-', '-2']);
    expect(bigramsOf('校')).toEqual([]);
    expect(bigramsOf('')).toEqual([]);
  });

  it('bounds the matches by the rarest piece’s share; a piece ANALYZE did not list is at most its least share', () => {
    const stats: BigramStats = {
      projects: 1_000_000,
      shares: new Map([
        ['学校', 0.0056],
        ['20', 0.99],
        ['保障', 0.052],
      ]),
      floor: 0.0024,
    };
    expect(matchBound(stats, ['学校'])).toBeCloseTo(5_600, 6);
    expect(matchBound(stats, ['20', '保障'])).toBeCloseTo(52_000, 6);
    expect(matchBound(stats, ['20', '寄宿'])).toBeCloseTo(2_400, 6);
    expect(matchBound(stats, ['20'])).toBeGreaterThan(BIGRAM_SEARCH_MAX);
    // Not sampled yet: every project may match; never analyzed: nothing is known.
    expect(matchBound({ projects: 300, shares: null, floor: 0 }, ['学校'])).toBe(300);
    expect(matchBound({ projects: -1, shares: null, floor: 0 }, ['学校'])).toBe(Infinity);
  });
});

describe('the search through the bigram index', () => {
  const ctx = useServices();

  /** The projects the filter's SQL keeps, with the planner made to use indexes (the demo's table is small). */
  async function matches(f: Filter, forceIndex: boolean): Promise<{ ids: number[]; plan: string }> {
    const p = sqlParams();
    const sql = `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE true${filterSql(f, p, 'project')} ORDER BY p.id`;
    return ctx.db.transaction(async (m) => {
      if (forceIndex) await m.query(`SET LOCAL enable_seqscan = off`);
      const plan = (await m.query(`EXPLAIN ${sql}`, p.values)).map((r: any) => r['QUERY PLAN']).join('\n');
      const ids = (await m.query(sql, p.values)).map((r: any) => r.id);
      return { ids, plan };
    });
  }

  it('is taken for a term of two characters or more, and finds exactly the names and codes holding it', async () => {
    const leader = await ctx.viewer('leader');
    const rows: { id: number; name: string; code: string }[] = await ctx.db.query(
      `SELECT id, name, code FROM project ORDER BY id`,
    );
    const terms = ['学校', '2023-JYJ', '2020', '0230', 'zz', '%', '年%'];
    for (const r of rows.filter((_, i) => i % 37 === 0)) {
      const name = Array.from(r.name);
      terms.push(name.slice(2, 4).join(''), name.slice(-3).join(''), r.code.slice(-6).toUpperCase());
    }
    let found = 0;
    for (const term of terms) {
      const f = await resolveFilter(ctx.db, leader, Object.assign(new ProjectFilter(), { search: term }));
      const bigrams = Array.from(term).length >= 2;
      expect(f.searchBigrams ?? false, term).toBe(bigrams);
      const { ids, plan } = await matches(f, true);
      if (bigrams) expect(plan, term).toContain('project_search_bigrams');
      const t = term.toLowerCase();
      const expected = rows
        .filter((r) => r.name.toLowerCase().includes(t) || r.code.toLowerCase().includes(t))
        .map((r) => r.id);
      expect({ term, ids }).toEqual({ term, ids: expected });
      if (expected.length > 0) found++;
    }
    expect(found).toBeGreaterThan(terms.length * 0.7);
  });

  it('is not taken where the rows searched are a unit’s, a section’s or an agency’s', async () => {
    const search = Object.assign(new ProjectFilter(), { search: '学校' });
    for (const who of ['unit-jyj', 'sec-jkw', 'agency-xinhe']) {
      expect((await resolveFilter(ctx.db, await ctx.viewer(who), search)).searchBigrams, who).toBeUndefined();
    }
    const [u] = await ctx.db.query(`SELECT id FROM unit WHERE code = 'jyj'`);
    const inUnit = Object.assign(new ProjectFilter(), { search: '学校', unitId: toGlobalId('Unit', u.id) });
    const leader = await ctx.viewer('leader');
    expect((await resolveFilter(ctx.db, leader, inUnit)).searchBigrams).toBeUndefined();
    expect((await resolveFilter(ctx.db, leader, search)).searchBigrams).toBe(true);
  });

  it('finds a project by its new name once renamed, and a new project at once (the index follows writes)', async () => {
    const leader = await ctx.viewer('leader');
    const search = async (term: string) =>
      (await matches(await resolveFilter(ctx.db, leader, Object.assign(new ProjectFilter(), { search: term })), true))
        .ids;
    const [p] = await ctx.db.query(`SELECT id, name FROM project ORDER BY id LIMIT 1`);
    expect(await search('鲲鹏')).toEqual([]);
    await ctx.db.query(`UPDATE project SET name = '鲲鹏展翅工程' WHERE id = $1`, [p.id]);
    expect(await search('鲲鹏')).toEqual([p.id]);
    expect(await search('展翅工')).toEqual([p.id]);
    expect(await search(p.name)).not.toContain(p.id);
    const [copy] = await ctx.db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, is_key, in_annual_budget, budgeted_on)
       SELECT region_id, year, unit_id, fund_family, 'KP-' || code, '鲲鹏二期', budget, kind, is_key, in_annual_budget, budgeted_on
         FROM project WHERE id = $1 RETURNING id`,
      [p.id],
    );
    expect(await search('鲲鹏')).toEqual([p.id, copy.id]);
    expect(await search('kp-')).toEqual([copy.id]);
  });
});
