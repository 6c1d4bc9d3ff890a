import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { API_TOKEN_PREFIX } from '../modules/auth/session-token.js';

const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Milliseconds until this key's window starts again. */
  resetMs: number;
}

/**
 * Fixed one-minute windows per key, in this process's memory. Several instances behind a load balancer each
 * count only their own share: such a deployment needs a shared store (Redis, PostgreSQL) instead.
 * Memory stays bounded: keys whose window is over are dropped, and past `maxKeys` the oldest go first.
 */
export class RateLimiter {
  // Insertion order is window-start order: a key is re-inserted when its window restarts.
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.windows.size;
  }

  /** Hits counted for `key` in its current window (0 when none), without counting one more. */
  count(key: string): { count: number; resetMs: number } {
    const w = this.windows.get(key);
    const now = this.now();
    return !w || now - w.start >= WINDOW_MS
      ? { count: 0, resetMs: 0 }
      : { count: w.count, resetMs: w.start + WINDOW_MS - now };
  }

  hit(key: string, limit: number): RateDecision {
    const now = this.now();
    for (const [k, w] of this.windows) {
      if (now - w.start < WINDOW_MS) break;
      this.windows.delete(k);
    }
    let w = this.windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return { allowed: w.count <= limit, remaining: Math.max(0, limit - w.count), resetMs: w.start + WINDOW_MS - now };
  }
}

/** The bearer token's SHA-256 (session and BI tokens alike), or the client's IP without a token. */
export function rateLimitKey(authorization: string | undefined, ip: string): { key: string; bi: boolean } {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { key: `ip:${ip}`, bi: false };
  return { key: `token:${createHash('sha256').update(token).digest('hex')}`, bi: token.startsWith(API_TOKEN_PREFIX) };
}

/**
 * Failed authentications per client IP. Counting requests per token alone lets a client that sends a new
 * invalid token each time escape every limit (and cost a lookup each time); so the server records each
 * bearer token it could not authenticate against the IP, and past the limit that IP's requests with a token
 * wait out its minute (requests without one — logging in, the public page — keep the per-IP limit).
 */
export class AuthFailures {
  constructor(
    readonly perMinute: number,
    private readonly limiter = new RateLimiter(),
  ) {}

  record(ip: string): void {
    this.limiter.hit(`authfail:${ip}`, this.perMinute);
  }

  /** Seconds the IP must wait, or 0 when it may go on. */
  blockedFor(ip: string): number {
    const { count, resetMs } = this.limiter.count(`authfail:${ip}`);
    return count >= this.perMinute ? Math.max(1, Math.ceil(resetMs / 1000)) : 0;
  }
}

function refuse(res: Parameters<RequestHandler>[1], limit: number, retryAfter: number, zh: string, en: string) {
  res.setHeader('retry-after', String(retryAfter));
  res.status(429).json({
    errors: [
      {
        message: `${zh}，请 ${retryAfter} 秒后再试 / ${en}: retry in ${retryAfter} s`,
        extensions: { code: 'RATE_LIMITED', limit, retryAfter },
      },
    ],
  });
}

/** Counts every request per key; past the limit answers 429 with a GraphQL-shaped body and `retry-after`. */
export function rateLimit(opts: {
  perMinute: number;
  perMinuteBi: number;
  limiter?: RateLimiter;
  authFailures?: AuthFailures;
}): RequestHandler {
  const limiter = opts.limiter ?? new RateLimiter();
  return (req, res, next) => {
    const ip = req.ip ?? '';
    // Only requests carrying a token wait: logging in and the public page stay open to the IP's other users.
    const bearer = /^Bearer\s/i.test(req.headers.authorization ?? '');
    const blocked = bearer ? (opts.authFailures?.blockedFor(ip) ?? 0) : 0;
    if (blocked > 0)
      return refuse(res, opts.authFailures!.perMinute, blocked, '认证失败次数过多', 'Too many failed authentications');
    const { key, bi } = rateLimitKey(req.headers.authorization, ip);
    const limit = bi ? opts.perMinuteBi : opts.perMinute;
    const d = limiter.hit(key, limit);
    const reset = Math.max(1, Math.ceil(d.resetMs / 1000));
    res.setHeader('x-ratelimit-limit', String(limit));
    res.setHeader('x-ratelimit-remaining', String(d.remaining));
    res.setHeader('x-ratelimit-reset', String(reset));
    if (d.allowed) return next();
    refuse(res, limit, reset, '请求过于频繁', 'Too many requests');
  };
}
