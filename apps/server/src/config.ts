import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isPublishedValue } from './security/published-values.js';

const here = dirname(fileURLToPath(import.meta.url));
/** apps/server (from src/ or dist/ alike). */
export const SERVER_DIR = resolve(here, '..');
export const REPO_DIR = resolve(SERVER_DIR, '../..');

export const DEFAULT_DEMO_PASSWORD = 'jixiao-demo';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  /** An external PostgreSQL; when unset an embedded one is started. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Read replicas of DATABASE_URL (comma-separated): a query's plain reads go to one of them. */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must start with postgres:// or postgresql://'))),
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`): a load balancer's address or subnet. */
  JIXIAO_TRUST_PROXY: z.string().min(1).default('loopback'),
  /** After a mutation, how long its author's reads stay on the primary (read-your-write across requests). */
  JIXIAO_REPLICA_PIN_MS: z.coerce.number().int().min(0).default(5000),
  /** Queries executed compiled by graphql-jit (false: by graphql-js, as mutations always are). */
  JIXIAO_GRAPHQL_JIT: flag(true),
  JIXIAO_DATA_DIR: z.string().min(1).default(resolve(REPO_DIR, '.data')),
  JIXIAO_PG_PORT: port(54329),
  /** Secret that signs login tokens; generated into the data folder when unset. */
  JIXIAO_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Demo mode only: production never loads the demo unless JIXIAO_DEMO_IN_PRODUCTION says so. */
  JIXIAO_LOAD_DEMO: flag(true),
  /** The one way to load the demo in production (then with a DEMO_PASSWORD of one's own). */
  JIXIAO_DEMO_IN_PRODUCTION: flag(false),
  /**
   * The county's day the demo is built for (YYYY-MM-DD, from 2024-01-01): its year is the year in progress.
   * Unset: today in Asia/Shanghai, at load time. A fixed day makes the demo the same on every load (tests).
   */
  JIXIAO_DEMO_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine((d) => d >= '2024-01-01', 'must be 2024-01-01 or later')
    .optional(),
  JIXIAO_DASHBOARD_DIR: z.string().min(1).default(resolve(REPO_DIR, 'apps/dashboard/dist')),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEFAULT_DEMO_PASSWORD),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Requests per minute per person's token, or per IP without a token. */
  JIXIAO_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Requests per minute per BI token. */
  JIXIAO_RATE_LIMIT_BI: z.coerce.number().int().min(1).default(1200),
  /** Failed authentications (unknown, expired or revoked tokens) per minute per IP, after which the IP waits. */
  JIXIAO_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Redis for every counter (rate limits, failed logins, lockouts), shared by all server processes. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Failed logins of one username in 15 minutes before it is locked out. */
  JIXIAO_LOGIN_FAILURE_LIMIT: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one IP in 15 minutes before that IP may not log in for the rest of the window. */
  JIXIAO_LOGIN_FAILURE_LIMIT_IP: z.coerce.number().int().min(1).default(50),
  /** The first lockout, in seconds; each further one within a day doubles it (at most a day). */
  JIXIAO_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(300),
  /** PostgreSQL statement_timeout of the server's pool; 0 turns it off. */
  JIXIAO_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15000),
  /** Largest upload to POST /files (imports), checked while the body streams in. */
  JIXIAO_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  /** What an uploaded .xlsx may inflate to: more is refused as a zip bomb. */
  JIXIAO_IMPORT_MAX_UNZIPPED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(400 * 1024 * 1024),
});

/**
 * production (NODE_ENV=production: compose, the Dockerfile): a real county's data, safe by default.
 * demo (anything else, e.g. `npm start`): the demo county and its printed logins.
 */
export type Mode = 'production' | 'demo';

export type Config = z.infer<typeof schema> & {
  mode: Mode;
  /** Whether an empty database gets the demo county. */
  loadDemo: boolean;
};

export class ConfigError extends Error {}

/** What production refuses to start with: one reason per bad key. */
function productionProblems(c: z.infer<typeof schema>, isPublished: (value: string) => boolean): string[] {
  const problems: string[] = [];
  const generate = 'generate one with `openssl rand -base64 48`';
  if (!c.JIXIAO_SECRET) problems.push(`JIXIAO_SECRET is required in production: ${generate}`);
  else if (isPublished(c.JIXIAO_SECRET)) {
    problems.push(
      `JIXIAO_SECRET is a value printed in the Jixiao repository, so anyone can sign logins with it: ${generate}`,
    );
  }
  if (c.JIXIAO_DEMO_IN_PRODUCTION && c.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD) {
    problems.push(
      `DEMO_PASSWORD must be a password of your own when JIXIAO_DEMO_IN_PRODUCTION is set (the default is public)`,
    );
  }
  return problems;
}

/**
 * Parses the environment once; a bad value fails with the list of every bad key. In production it also
 * refuses what would make the deployment unsafe (issue 11): the error is one line naming every reason.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  opts: {
    isPublished?: (value: string) => boolean;
    /** False for commands that serve nothing (`npm run admin`): they sign no tokens and load no demo. */
    serving?: boolean;
  } = {},
): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${lines.join('; ')}`);
  }
  const c = parsed.data;
  const mode: Mode = c.NODE_ENV === 'production' ? 'production' : 'demo';
  if (mode === 'production' && opts.serving !== false) {
    const problems = productionProblems(c, opts.isPublished ?? isPublishedValue);
    if (problems.length > 0) throw new ConfigError(`refusing to start in production: ${problems.join('; ')}`);
  }
  return { ...c, mode, loadDemo: mode === 'production' ? c.JIXIAO_DEMO_IN_PRODUCTION : c.JIXIAO_LOAD_DEMO };
}

export function dashboardAvailable(config: Config): boolean {
  return existsSync(resolve(config.JIXIAO_DASHBOARD_DIR, 'index.html'));
}
