import { describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD } from '../../../testing/harness.js';
import { useServices } from '../../../../test/support/services.js';

describe('AuthService', () => {
  const ctx = useServices();

  it('logs a user in to the viewer its role and organisation give, and a logged-out session is refused', async () => {
    const { token, viewer } = await ctx.services.auth.login('sec-jkw', TEST_DEMO_PASSWORD, 'test');
    const [section] = await ctx.db.query(`SELECT section_id FROM app_user WHERE username = 'sec-jkw'`);
    expect(viewer).toMatchObject({ role: 'BUSINESS_SECTION', sectionId: section.section_id, tokenId: null });
    const again = await ctx.services.auth.viewerFromAuthorization(`Bearer ${token}`);
    expect(again?.userId).toBe(viewer.userId);
    await ctx.services.auth.logout(again!, 'test');
    expect(await ctx.services.auth.viewerFromAuthorization(`Bearer ${token}`)).toBeNull();
  });

  it('refuses a wrong password, recording the failure', async () => {
    await expect(ctx.services.auth.login('leader', 'not-the-password', 'test')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const [row] = await ctx.db.query(`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(row.action).toBe('LOGIN_FAILED');
  });

  it('MeService describes a unit’s viewer: its unit by name and the years of its county', async () => {
    const unit = await ctx.viewer('unit-jyj');
    const me = await ctx.services.me.describe(unit);
    const [row] = await ctx.db.query(`SELECT name FROM unit WHERE id = $1`, [unit.unitId]);
    expect(me).toMatchObject({ role: 'UNIT', unitName: row.name, years: [2024, 2023, 2022] });
  });
});
