import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements of one request (the N+1 guard's evidence). */
const store = new AsyncLocalStorage<{ statements: number }>();

export function countStatements<T>(fn: () => T): T {
  return store.run({ statements: 0 }, fn);
}

export function statementCount(): number | null {
  return store.getStore()?.statements ?? null;
}

/** A TypeORM logger that prints nothing and counts every query run inside `countStatements`. */
export class CountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const s = store.getStore();
    if (s) s.statements++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
