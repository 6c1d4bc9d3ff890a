import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { API_TOKEN_PREFIX, type SessionTokens } from '../modules/auth/session-token.js';
import { hit, type Counters } from '../security/counters.js';

/**
 * The edge of every API route (issue 14 §2): who is calling, counted before any work.
 *
 * - A person is counted per user, all their sessions together (a fresh login brings no fresh budget); the
 *   session token's signature is checked here, without the database, to know the user.
 * - A BI token is counted per token; a request without a token per IP.
 * - A bearer token that authenticates nobody answers 401 UNAUTHENTICATED and counts against the IP; past
 *   JIXIAO_AUTH_FAILURE_LIMIT a minute that IP's unknown tokens get 429 without a database lookup, while
 *   valid tokens from the same IP go on (a session by its signature, a BI token seen valid here lately).
 *
 * Every counter is in the counter store: memory, or Redis with REDIS_URL (shared by every process).
 */
export class Edge {
  /** SHA-256 of BI tokens that authenticated lately: they pass while their IP is past its failures. */
  private readonly knownBi = new Map<string, number>();

  constructor(
    readonly counters: Counters,
    private readonly tokens: SessionTokens,
  ) {}

  static tokenOf(authorization: string | undefined): string | null {
    return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
  }

  rememberBi(token: string): void {
    const h = sha256(token);
    this.knownBi.delete(h);
    this.knownBi.set(h, Date.now());
    // Bounded: the oldest go first.
    if (this.knownBi.size > 10_000) this.knownBi.delete(this.knownBi.keys().next().value!);
  }

  /** Records a token that authenticated nobody; the answer to give it (401, or 429 past the IP's limit). */
  async failed(ip: string): Promise<{ status: 401 | 429; retryAfter: number }> {
    const { allowed, res } = await hit(this.counters.authFailures, ip);
    return { status: allowed ? 401 : 429, retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }

  private async ipBlocked(ip: string): Promise<boolean> {
    const res = await this.counters.authFailures.get(ip);
    return !!res && res.consumedPoints >= this.counters.limits.JIXIAO_AUTH_FAILURE_LIMIT;
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      this.handle(req.headers.authorization, req.ip ?? '', res).then((ok) => ok && next(), next);
    };
  }

  private async handle(authorization: string | undefined, ip: string, res: Response): Promise<boolean> {
    const token = Edge.tokenOf(authorization);
    let key: string;
    let bi = false;
    if (!token) {
      key = `ip:${ip}`;
    } else if (token.startsWith(API_TOKEN_PREFIX)) {
      const h = sha256(token);
      if (!this.knownBi.has(h) && (await this.ipBlocked(ip))) return this.refuseToken(res, await this.failed(ip));
      key = `bi:${h}`;
      bi = true;
    } else {
      const claims = await this.tokens.verify(token);
      if (!claims) return this.refuseToken(res, await this.failed(ip));
      key = `user:${claims.userId}`;
    }
    const limit = bi ? this.counters.limits.JIXIAO_RATE_LIMIT_BI : this.counters.limits.JIXIAO_RATE_LIMIT;
    const d = await hit(bi ? this.counters.requestsBi : this.counters.requests, key);
    const retryAfter = Math.max(1, Math.ceil(d.res.msBeforeNext / 1000));
    res.setHeader('x-ratelimit-limit', String(limit));
    res.setHeader('x-ratelimit-remaining', String(Math.max(0, d.res.remainingPoints)));
    // The common convention (GitHub, Twitter): the moment the window restarts, in Unix seconds.
    res.setHeader('x-ratelimit-reset', String(Math.ceil((Date.now() + d.res.msBeforeNext) / 1000)));
    if (d.allowed) return true;
    refuse(
      res,
      429,
      retryAfter,
      'RATE_LIMITED',
      `请求过于频繁，请 ${retryAfter} 秒后再试`,
      `Too many requests: retry in ${retryAfter} s`,
      { limit },
    );
    return false;
  }

  private refuseToken(res: Response, d: { status: 401 | 429; retryAfter: number }): false {
    if (d.status === 401) {
      refuse(
        res,
        401,
        null,
        'UNAUTHENTICATED',
        '令牌无效或已过期，请重新登录',
        'The token is invalid or expired: log in again',
      );
    } else {
      const s = d.retryAfter;
      refuse(
        res,
        429,
        s,
        'RATE_LIMITED',
        `认证失败次数过多，请 ${s} 秒后再试`,
        `Too many failed authentications: retry in ${s} s`,
        {
          limit: this.counters.limits.JIXIAO_AUTH_FAILURE_LIMIT,
        },
      );
    }
    return false;
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function refuse(
  res: Response,
  status: number,
  retryAfter: number | null,
  code: string,
  zh: string,
  en: string,
  extra: Record<string, unknown> = {},
) {
  if (retryAfter !== null) res.setHeader('retry-after', String(retryAfter));
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.status(status).json({
    errors: [
      { message: `${zh} / ${en}`, extensions: { code, ...extra, ...(retryAfter !== null ? { retryAfter } : {}) } },
    ],
  });
}
