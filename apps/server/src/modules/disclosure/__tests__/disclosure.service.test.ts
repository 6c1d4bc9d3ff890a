import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('DisclosureService', () => {
  const ctx = useServices();

  it('never publishes a classified unit’s targets: the whole call is refused and nothing is published', async () => {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [[open]] = await ctx.db.query(
      `UPDATE project SET targets_published_on = NULL WHERE id = (SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE NOT u.classified AND p.target_status = 'APPROVED' ORDER BY p.id LIMIT 1) RETURNING id`,
    );
    const [secret] = await ctx.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified AND p.target_status = 'APPROVED' LIMIT 1`,
    );
    await expect(
      ctx.services.disclosure.publishTargets(await ctx.act('pes'), [open.id, secret.id]),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'projectIds[1]' },
    });
    const [row] = await ctx.db.query(`SELECT targets_published_on FROM project WHERE id = $1`, [open.id]);
    expect(row.targets_published_on).toBeNull();
  });

  it('lists to the public only published targets, never a classified unit’s', async () => {
    const page = await ctx.services.disclosure.publicProjects({ year: 2023, first: 100 });
    const [{ n }] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2023 AND p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified`,
    );
    expect(await page.count()).toBe(n);
    const shown = page.edges.map((e) => e.node.code);
    const classified = await ctx.db.query(
      `SELECT p.code FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified AND p.year = 2023`,
    );
    for (const c of classified) expect(shown).not.toContain(c.code);
  });
});
