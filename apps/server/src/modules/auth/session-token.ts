import { createHash, randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'jixiao';
export const SESSION_HOURS = 8;

export interface SessionClaims {
  userId: number;
  sessionId: string;
  /** The user's session epoch at login: a password change, reset or deactivation bumps it, ending the session. */
  epoch: number;
}

/**
 * Login tokens: HS256 JWTs that expire; their id (jti) can be revoked at logout, and all of a user's at once by
 * bumping the user's session epoch (carried as the `sep` claim; tokens from before it existed count as epoch 0).
 */
export class SessionTokens {
  /**
   * The HMAC key, imported into WebCrypto once: given the raw bytes, jose imports them again for every token
   * it signs or checks (every signed-in request).
   */
  private readonly key: Promise<webcrypto.CryptoKey>;
  /**
   * Tokens whose signature was checked, with their claims and expiry: every signed-in request presents its
   * token again, and WebCrypto's HMAC (an asynchronous job on the thread pool) cost ~1.4 ms of the server's time
   * per request under load. A token string that verified once verifies forever until it expires, so only
   * the expiry is checked again; revocation (logout, session epoch) is read from the database as before.
   * Bounded: the oldest entry goes first.
   */
  private readonly verified = new Map<string, { claims: SessionClaims; expiresAtMs: number }>();
  private static readonly VERIFIED_MAX = 10_000;

  constructor(secret: string) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async sign(userId: number, epoch: number): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const sessionId = randomUUID();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    const token = await new SignJWT({ sep: epoch })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setJti(sessionId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, sessionId, expiresAt };
  }

  async verify(token: string): Promise<SessionClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.claims;
      this.verified.delete(token);
      return null;
    }
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (!payload.sub || !payload.jti || payload.exp === undefined) return null;
      const epoch = payload.sep ?? 0;
      if (!Number.isInteger(epoch)) return null;
      const claims = { userId: Number(payload.sub), sessionId: payload.jti, epoch: epoch as number };
      if (this.verified.size >= SessionTokens.VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, expiresAtMs: payload.exp * 1000 });
      return claims;
    } catch {
      return null;
    }
  }
}

export const API_TOKEN_PREFIX = 'jxbi_';

/** A BI token: 256 random bits; only its SHA-256 is stored. */
export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 12) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
