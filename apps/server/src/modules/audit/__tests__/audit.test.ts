import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { AuditReader } from '../audit.reader.js';

describe('the audit log', () => {
  const ctx = useServices();

  it('AuditService writes in the mutation’s transaction: a rolled-back change leaves no entry', async () => {
    const [{ n: before }] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    await expect(
      ctx.db.transaction(async (m) => {
        await ctx.services.audit.record({ action: 'UPDATE', entity: 'Test', entityId: 1 }, m);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [{ n: after }] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toBe(before);
  });

  it('AuditReader pages the newest first, filtered by action', async () => {
    await ctx.viewer('pes'); // logs in: a LOGIN entry
    const leader = await ctx.viewer('leader');
    const page = await new AuditReader(ctx.db, leader).page({ action: 'LOGIN' }, 5, undefined);
    const ids = page.edges.map((e) => e.node);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.every((e) => e.action === 'LOGIN')).toBe(true);
    expect(ids[0]!.username).toBe('leader');
    expect(ids[1]!.username).toBe('pes');
  });
});
