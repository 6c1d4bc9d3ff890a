import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Where every per-key counter lives (issue 14 §2): in this process's memory by default, in Redis when
 * `REDIS_URL` is set, so that several server processes share one budget. Each counter expires with its
 * window (rate-limiter-flexible's memory store drops a key when its window ends), and keys are bounded
 * in length by the callers (usernames are checked before they are counted), so memory stays bounded.
 */
export interface CounterStore {
  redis: Redis | null;
  /** Prefix of every key (one deployment, or one test database, per prefix). */
  prefix: string;
  close(): Promise<void>;
}

export function createCounterStore(opts: { redisUrl?: string; prefix: string }): CounterStore {
  if (!opts.redisUrl) return { redis: null, prefix: opts.prefix, close: async () => {} };
  // rate-limiter-flexible's advice: no offline queue, so a Redis outage fails fast (to the insurance store).
  const redis = new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on('error', () => {});
  return {
    redis,
    prefix: opts.prefix,
    close: async () => {
      redis.disconnect();
    },
  };
}

/** A counter of `points` per `seconds` window. With Redis, an in-memory one stands in while Redis is away. */
export function counter(store: CounterStore, name: string, points: number, seconds: number): RateLimiterAbstract {
  const keyPrefix = `${store.prefix}:${name}`;
  const memory = new RateLimiterMemory({ keyPrefix, points, duration: seconds });
  if (!store.redis) return memory;
  return new RateLimiterRedis({
    storeClient: store.redis,
    keyPrefix,
    points,
    duration: seconds,
    insuranceLimiter: memory,
  });
}

/** `consume` that resolves either way: the counter's state after this hit, and whether it was allowed. */
export async function hit(
  limiter: RateLimiterAbstract,
  key: string,
  points = 1,
): Promise<{ allowed: boolean; res: RateLimiterRes }> {
  try {
    return { allowed: true, res: await limiter.consume(key, points) };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { allowed: false, res: e };
    throw e;
  }
}

export interface CounterLimits {
  JIXIAO_RATE_LIMIT: number;
  JIXIAO_RATE_LIMIT_BI: number;
  JIXIAO_AUTH_FAILURE_LIMIT: number;
  JIXIAO_LOGIN_FAILURE_LIMIT: number;
  JIXIAO_LOGIN_FAILURE_LIMIT_IP: number;
  JIXIAO_LOCKOUT_SECONDS: number;
}

export const DEFAULT_COUNTER_LIMITS: CounterLimits = {
  JIXIAO_RATE_LIMIT: 600,
  JIXIAO_RATE_LIMIT_BI: 1200,
  JIXIAO_AUTH_FAILURE_LIMIT: 30,
  JIXIAO_LOGIN_FAILURE_LIMIT: 5,
  JIXIAO_LOGIN_FAILURE_LIMIT_IP: 50,
  JIXIAO_LOCKOUT_SECONDS: 300,
};

/** Every counter of one server: requests, failed authentications, failed logins and lockouts. */
export interface Counters {
  store: CounterStore;
  /** Requests a minute per user (all of a person's sessions together), or per IP without a token. */
  requests: RateLimiterAbstract;
  /** Requests a minute per BI token. */
  requestsBi: RateLimiterAbstract;
  /** Bearer tokens a minute per IP that authenticate nobody. */
  authFailures: RateLimiterAbstract;
  /** Login attempts per username in 15 minutes, counted before the password is checked. */
  loginByUser: RateLimiterAbstract;
  /** Failed logins per IP in 15 minutes. */
  loginByIp: RateLimiterAbstract;
  /** Lockouts per username in a day: each one doubles the next. */
  lockouts: RateLimiterAbstract;
  limits: CounterLimits;
}

export function createCounters(store: CounterStore, limits: CounterLimits = DEFAULT_COUNTER_LIMITS): Counters {
  return {
    store,
    limits,
    requests: counter(store, 'req', limits.JIXIAO_RATE_LIMIT, 60),
    requestsBi: counter(store, 'reqbi', limits.JIXIAO_RATE_LIMIT_BI, 60),
    authFailures: counter(store, 'authfail', limits.JIXIAO_AUTH_FAILURE_LIMIT, 60),
    loginByUser: counter(store, 'login', limits.JIXIAO_LOGIN_FAILURE_LIMIT, 15 * 60),
    loginByIp: counter(store, 'loginip', limits.JIXIAO_LOGIN_FAILURE_LIMIT_IP, 15 * 60),
    lockouts: counter(store, 'lockouts', 1000, 24 * 3600),
  };
}
