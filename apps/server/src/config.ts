import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
/** apps/server (from src/ or dist/ alike). */
export const SERVER_DIR = resolve(here, '..');
export const REPO_DIR = resolve(SERVER_DIR, '../..');

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
  JIXIAO_DATA_DIR: z.string().min(1).default(resolve(REPO_DIR, '.data')),
  JIXIAO_PG_PORT: port(54329),
  /** Secret that signs login tokens; generated into the data folder when unset. */
  JIXIAO_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JIXIAO_LOAD_DEMO: flag(true),
  JIXIAO_DASHBOARD_DIR: z.string().min(1).default(resolve(REPO_DIR, 'apps/dashboard/dist')),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('jixiao-demo'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Requests per minute per person's token, or per IP without a token. */
  JIXIAO_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Requests per minute per BI token. */
  JIXIAO_RATE_LIMIT_BI: z.coerce.number().int().min(1).default(1200),
  /** Failed authentications (unknown, expired or revoked tokens) per minute per IP, after which the IP waits. */
  JIXIAO_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(30),
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

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value fails with the list of every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${lines.join('; ')}`);
  }
  return parsed.data;
}

export function dashboardAvailable(config: Config): boolean {
  return existsSync(resolve(config.JIXIAO_DASHBOARD_DIR, 'index.html'));
}
