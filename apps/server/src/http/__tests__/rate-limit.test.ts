import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthFailures, RateLimiter, rateLimitKey } from '../rate-limit.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('rateLimitKey', () => {
  it.each([
    ['the IP without a token', undefined, { key: 'ip:10.0.0.1', bi: false }],
    ['the IP for a header that is not a bearer token', 'Basic dXNlcjpwYXNz', { key: 'ip:10.0.0.1', bi: false }],
    ['the SHA-256 of a session token', 'Bearer eyJ.a.b', { key: `token:${sha('eyJ.a.b')}`, bi: false }],
    ['the SHA-256 of a BI token, marked BI', 'bearer jxbi_abc', { key: `token:${sha('jxbi_abc')}`, bi: true }],
  ])('keys a request by %s', (_name, authorization, expected) => {
    expect(rateLimitKey(authorization, '10.0.0.1')).toEqual(expected);
  });
});

describe('RateLimiter', () => {
  const clock = (start = 0) => {
    const c = { t: start, now: () => c.t };
    return c;
  };

  it('allows the limit within a minute, refuses the next, and starts again after the minute', () => {
    const c = clock();
    const limiter = new RateLimiter(100, c.now);
    const seen = Array.from({ length: 4 }, () => limiter.hit('k', 3));
    expect(seen.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    c.t = 59_000;
    expect(limiter.hit('k', 3)).toEqual({ allowed: false, remaining: 0, resetMs: 1_000 });
    c.t = 60_000;
    expect(limiter.hit('k', 3)).toMatchObject({ allowed: true, remaining: 2, resetMs: 60_000 });
  });

  it('counts each key on its own', () => {
    const limiter = new RateLimiter(100, clock().now);
    limiter.hit('a', 1);
    expect(limiter.hit('a', 1).allowed).toBe(false);
    expect(limiter.hit('b', 1).allowed).toBe(true);
  });

  it('forgets keys whose minute is over', () => {
    const c = clock();
    const limiter = new RateLimiter(100, c.now);
    for (let i = 0; i < 50; i++) limiter.hit(`old-${i}`, 10);
    c.t = 30_000;
    limiter.hit('recent', 10);
    c.t = 61_000;
    limiter.hit('new', 10);
    expect(limiter.size).toBe(2);
  });

  it('never holds more than maxKeys, dropping the oldest first', () => {
    const c = clock();
    const limiter = new RateLimiter(10, c.now);
    for (let i = 0; i < 1000; i++) {
      c.t = i;
      limiter.hit(`key-${i}`, 1);
    }
    expect(limiter.size).toBe(10);
    // The most recent keys are still counted.
    expect(limiter.hit('key-999', 1).allowed).toBe(false);
  });
});

describe('AuthFailures', () => {
  it('lets an IP fail up to the limit, then blocks it until its minute is over; other IPs go on', () => {
    const c = { t: 0 };
    const failures = new AuthFailures(3, new RateLimiter(100, () => c.t));
    for (let i = 0; i < 2; i++) failures.record('10.0.0.1');
    expect(failures.blockedFor('10.0.0.1')).toBe(0);
    failures.record('10.0.0.1');
    c.t = 15_000;
    expect(failures.blockedFor('10.0.0.1')).toBe(45);
    expect(failures.blockedFor('10.0.0.2')).toBe(0);
    c.t = 60_000;
    expect(failures.blockedFor('10.0.0.1')).toBe(0);
  });
});
