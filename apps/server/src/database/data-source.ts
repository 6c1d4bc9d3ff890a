import { DataSource } from 'typeorm';
import { BUSINESS_TIME_ZONE } from '../rules/calendar.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { CountingLogger } from './query-counter.js';
import { installReadRouting } from './read-routing.js';

/** The one way to build a DataSource: migrations only, never `synchronize`. */
export function createDataSource(
  url: string,
  options: { poolSize?: number; applicationName?: string; statementTimeoutMs?: number; replicaUrls?: string[] } = {},
): DataSource {
  const replicas = options.replicaUrls ?? [];
  const db = new DataSource({
    type: 'postgres',
    // With read replicas (DATABASE_REPLICA_URLS): TypeORM's replication, every statement on the primary
    // ('master') unless read-routing.ts lets a query request's plain reads go to a replica.
    ...(replicas.length > 0
      ? { replication: { master: { url }, slaves: replicas.map((r) => ({ url: r })), defaultMode: 'master' as const } }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    logging: ['query'],
    logger: new CountingLogger(),
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'jixiao',
      // Every session of the pool: current_date is the county's (business dates are Asia/Shanghai), and a
      // runaway statement is cancelled (SQLSTATE 57014, answered as TIMEOUT). No JIT compilation: the planner's
      // cost of a statement that reads a few index ranges per checkpoint can pass jit_above_cost, and compiling
      // it took ~90 ms of a 3 ms statement (a county's ranking by project at 1M projects: 111–170 ms → ~5 ms).
      options: [
        `-c timezone=${BUSINESS_TIME_ZONE}`,
        '-c jit=off',
        ...(options.statementTimeoutMs ? [`-c statement_timeout=${Math.trunc(options.statementTimeoutMs)}`] : []),
      ].join(' '),
    },
  });
  if (replicas.length > 0) installReadRouting(db);
  return db;
}
