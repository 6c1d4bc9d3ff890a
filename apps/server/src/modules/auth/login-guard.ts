import { AppError } from '../../graphql/errors.js';
import { hit, type Counters } from '../../security/counters.js';
import { badInput } from '../workflow/index.js';

/** Longer usernames are refused before anything is counted, looked up or written (issue 14 §1). */
export const MAX_USERNAME_LENGTH = 64;
/** The longest lockout, however many came before it. */
export const MAX_LOCK_SECONDS = 24 * 3600;

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export function accountLocked(msLeft: number): AppError {
  const m = minutes(msLeft);
  return new AppError(
    'ACCOUNT_LOCKED',
    `登录失败次数过多，账户已锁定，请 ${m} 分钟后再试，或请系统管理员解锁`,
    `Too many failed logins: the account is locked; retry in ${m} min, or ask an administrator to unlock it`,
    { retryAfter: Math.ceil(msLeft / 1000) },
  );
}

/**
 * Brute force (issue 14 §2): every login attempt is counted per username and per IP *before* the password
 * is checked, in one atomic step of the counter store, so parallel guesses cannot all slip in before the
 * first failure is recorded. The failure that reaches the limit locks the username; each lockout within a
 * day doubles the next (JIXIAO_LOCKOUT_SECONDS, 2×, 4× … up to a day). Unknown usernames lock alike, so the
 * answer never tells whether one exists. A success clears the username's count.
 */
export class LoginGuard {
  constructor(private readonly counters: Counters) {}

  static checkUsername(username: string): void {
    if (username.length > MAX_USERNAME_LENGTH) {
      throw badInput('username', `最多 ${MAX_USERNAME_LENGTH} 个字符`, `at most ${MAX_USERNAME_LENGTH} characters`);
    }
  }

  private key = (username: string) => username.toLowerCase();

  /** Counts one attempt; refuses a locked username (ACCOUNT_LOCKED) or an IP past its failures (RATE_LIMITED). */
  async reserve(username: string, ip: string): Promise<{ attempt: number }> {
    const c = this.counters;
    const byIp = await hit(c.loginByIp, ip);
    if (!byIp.allowed) {
      const s = Math.max(1, Math.ceil(byIp.res.msBeforeNext / 1000));
      throw new AppError(
        'RATE_LIMITED',
        `此地址登录失败次数过多，请 ${s} 秒后再试`,
        `Too many failed logins from this address: retry in ${s} s`,
        { retryAfter: s, limit: c.limits.JIXIAO_LOGIN_FAILURE_LIMIT_IP },
      );
    }
    const byUser = await hit(c.loginByUser, this.key(username));
    if (!byUser.allowed) throw accountLocked(byUser.res.msBeforeNext);
    return { attempt: byUser.res.consumedPoints };
  }

  async succeeded(username: string, ip: string): Promise<void> {
    await this.counters.loginByUser.delete(this.key(username));
    // A success is not a failure of the IP (many people log in through one NAT).
    await this.counters.loginByIp.reward(ip, 1);
  }

  /** After a wrong password: the attempt that reaches the limit locks the username. */
  async failed(username: string, attempt: number): Promise<void> {
    if (attempt < this.counters.limits.JIXIAO_LOGIN_FAILURE_LIMIT) return;
    const key = this.key(username);
    const { res } = await hit(this.counters.lockouts, key);
    const seconds = Math.min(
      MAX_LOCK_SECONDS,
      this.counters.limits.JIXIAO_LOCKOUT_SECONDS * 2 ** Math.min(20, res.consumedPoints - 1),
    );
    await this.counters.loginByUser.block(key, seconds);
    throw accountLocked(seconds * 1000);
  }

  /** When the username's lockout ends, or null when it is not locked. */
  async lockedUntil(username: string): Promise<Date | null> {
    const res = await this.counters.loginByUser.get(this.key(username));
    if (!res || res.consumedPoints <= this.counters.limits.JIXIAO_LOGIN_FAILURE_LIMIT) return null;
    return new Date(Date.now() + res.msBeforeNext);
  }

  /** Lifts a lockout and forgets the earlier ones (an administrator's unlockUser). */
  async unlock(username: string): Promise<void> {
    await this.counters.loginByUser.delete(this.key(username));
    await this.counters.lockouts.delete(this.key(username));
  }
}
