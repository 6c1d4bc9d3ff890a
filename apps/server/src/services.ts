import type { DataSource } from 'typeorm';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { MeService } from './modules/auth/me.service.js';
import { SessionTokens } from './modules/auth/session-token.js';
import { RuleSetService } from './modules/rule-set/rule-set.service.js';
import { ApiTokenService } from './modules/api-token/api-token.service.js';

/** The services of one running server, built once at boot and handed to every request's context. */
export function createServices(db: DataSource, secret: string) {
  const audit = new AuditService(db);
  return {
    audit,
    auth: new AuthService(db, new SessionTokens(secret), audit),
    me: new MeService(db),
    analytics: new AnalyticsService(db),
    ruleSets: new RuleSetService(db, audit),
    apiTokens: new ApiTokenService(db, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
