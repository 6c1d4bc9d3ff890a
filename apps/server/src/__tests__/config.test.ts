import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const fresh = () => randomBytes(36).toString('base64');
const published = new Set(['a-value-printed-in-the-repository-0123456789']);
const load = (env: Record<string, string>, serving = true) =>
  loadConfig(env, { isPublished: (v) => published.has(v), serving });

describe('the environment', () => {
  it('is demo mode unless NODE_ENV=production, and then loads the demo as JIXIAO_LOAD_DEMO says', () => {
    expect(load({})).toMatchObject({ mode: 'demo', loadDemo: true });
    expect(load({ JIXIAO_LOAD_DEMO: 'false' })).toMatchObject({ mode: 'demo', loadDemo: false });
    expect(load({ NODE_ENV: 'production', JIXIAO_SECRET: fresh() })).toMatchObject({ mode: 'production' });
  });

  it('never loads the demo in production, whatever JIXIAO_LOAD_DEMO says, unless JIXIAO_DEMO_IN_PRODUCTION is set', () => {
    const secret = fresh();
    expect(load({ NODE_ENV: 'production', JIXIAO_SECRET: secret, JIXIAO_LOAD_DEMO: 'true' }).loadDemo).toBe(false);
    expect(
      load({ NODE_ENV: 'production', JIXIAO_SECRET: secret, JIXIAO_DEMO_IN_PRODUCTION: 'true', DEMO_PASSWORD: fresh() })
        .loadDemo,
    ).toBe(true);
  });

  it.each([
    ['a missing secret', {}, /JIXIAO_SECRET is required in production/],
    ['a short secret', { JIXIAO_SECRET: 'x'.repeat(31) }, /JIXIAO_SECRET: must be at least 32 characters/],
    [
      'a secret printed in the repository',
      { JIXIAO_SECRET: 'a-value-printed-in-the-repository-0123456789' },
      /JIXIAO_SECRET is a value printed in the Jixiao repository/,
    ],
    [
      'the demo with the default password',
      { JIXIAO_SECRET: fresh(), JIXIAO_DEMO_IN_PRODUCTION: 'true' },
      /DEMO_PASSWORD must be a password of your own/,
    ],
  ])('refuses %s in production, in one line', (_name, env, reason) => {
    let error: unknown;
    try {
      load({ NODE_ENV: 'production', ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list of PostgreSQL URLs', () => {
    expect(load({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      load({ DATABASE_REPLICA_URLS: ' postgres://r1:5432/jx, postgresql://r2:5432/jx ,' }).DATABASE_REPLICA_URLS,
    ).toEqual(['postgres://r1:5432/jx', 'postgresql://r2:5432/jx']);
    expect(() => load({ DATABASE_REPLICA_URLS: 'postgres://r1/jx,mysql://r2/jx' })).toThrow(
      /DATABASE_REPLICA_URLS.*postgres:\/\//,
    );
  });

  it('names every reason at once', () => {
    expect(() => load({ NODE_ENV: 'production', JIXIAO_DEMO_IN_PRODUCTION: 'true' })).toThrow(
      /JIXIAO_SECRET is required.*; DEMO_PASSWORD must be/,
    );
  });

  it('lets a command that serves nothing (npm run admin) run in production without the secret', () => {
    expect(load({ NODE_ENV: 'production' }, false).mode).toBe('production');
  });

  it('accepts no secret in demo mode (one is generated into the data folder)', () => {
    expect(load({}).JIXIAO_SECRET).toBeUndefined();
  });
});
