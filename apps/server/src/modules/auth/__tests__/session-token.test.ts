import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_HOURS, SessionTokens } from '../session-token.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('SessionTokens', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('verifies its own token, again from what it remembers, with the same claims', async () => {
    const tokens = new SessionTokens(SECRET);
    const { token, sessionId } = await tokens.sign(7, 3);
    expect(await tokens.verify(token)).toEqual({ userId: 7, sessionId, epoch: 3 });
    expect(await tokens.verify(token)).toEqual({ userId: 7, sessionId, epoch: 3 });
  });

  it('refuses a token once it has expired, though it verified before', async () => {
    const tokens = new SessionTokens(SECRET);
    const { token } = await tokens.sign(7, 0);
    expect(await tokens.verify(token)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + SESSION_HOURS * 3600_000 + 1000 });
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a token signed with another secret or altered, even after the genuine one verified', async () => {
    const tokens = new SessionTokens(SECRET);
    const { token } = await tokens.sign(7, 0);
    await tokens.verify(token);
    const other = await new SessionTokens(`${SECRET}-other`).sign(7, 0);
    expect(await tokens.verify(other.token)).toBeNull();
    const [h, p, s] = token.split('.');
    const altered = `${h}.${p}.${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await tokens.verify(altered)).toBeNull();
  });
});
