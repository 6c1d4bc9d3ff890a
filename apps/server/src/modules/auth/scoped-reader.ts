import type { DataSource } from 'typeorm';
import type { Row } from '../../graphql/batch.js';
import { sqlParams, type SqlParams } from './scope.js';
import type { Viewer } from './viewer.js';

/**
 * Base of every feature's reader: one viewer, and statements that carry the viewer's row scope in their
 * WHERE, so a row outside scope is never loaded (and is indistinguishable from one that does not exist).
 */
export abstract class ScopedReader {
  constructor(
    protected readonly db: DataSource,
    protected readonly v: Viewer,
  ) {}

  /** A fresh parameter list, for statements built in parts (a page's WHERE). */
  protected params(initial: unknown[] = []): SqlParams {
    return sqlParams(initial);
  }

  /** Runs `sql(p)`; `p` starts with `initial` as $1… and collects the scope's parameters. */
  protected async q(sql: (p: SqlParams) => string, initial: unknown[] = []): Promise<Row[]> {
    const p = sqlParams(initial);
    const text = sql(p);
    return this.db.query(text, p.values);
  }
}
