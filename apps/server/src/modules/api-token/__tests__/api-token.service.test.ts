import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('ApiTokenService', () => {
  const ctx = useServices();

  it('creates a token that reads with its creator’s scope, and a revoked one authenticates nobody', async () => {
    const leader = await ctx.viewer('leader');
    const { token, row } = await ctx.services.apiTokens.create(leader, 'BI 测试', 'test');
    const bi = await ctx.services.auth.viewerFromAuthorization(`Bearer ${token}`);
    expect(bi).toMatchObject({ userId: leader.userId, role: 'LEADERSHIP', tokenId: row.id });
    await ctx.services.apiTokens.revoke(leader, row.id, 'test');
    expect(await ctx.services.auth.viewerFromAuthorization(`Bearer ${token}`)).toBeNull();
  });

  it('does not let one user revoke another’s token (not found), and leaves it valid', async () => {
    const leader = await ctx.viewer('leader');
    const pes = await ctx.viewer('pes');
    const { token, row } = await ctx.services.apiTokens.create(leader, 'BI 另一个', 'test');
    await expect(ctx.services.apiTokens.revoke(pes, row.id, 'test')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await ctx.services.auth.viewerFromAuthorization(`Bearer ${token}`)).not.toBeNull();
  });
});
