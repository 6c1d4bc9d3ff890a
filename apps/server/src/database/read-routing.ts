import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';

/**
 * Read replicas (DATABASE_REPLICA_URLS): which statements may go to a replica.
 *
 * Everything goes to the primary unless the request says otherwise: only a GraphQL *query* operation, once
 * Apollo has resolved it, lets its plain reads go to a replica. Every transaction (the Workflow kit's
 * mutations, and any `db.transaction` a reader opens) stays on the primary, and so does everything a
 * mutation request reads (its result payload: read-your-write), every REST route, authentication (it may
 * touch `api_token.last_used_at`), migrations and startup. A person who has just written reads from the
 * primary for `pinMs` more, so the dashboard's refetch after a save never shows the row as it was.
 */
interface Routing {
  replica: boolean;
}

const store = new AsyncLocalStorage<Routing>();

/** Express middleware body: the request's routing, on the primary until its operation is known. */
export function withReadRouting<T>(fn: () => T): T {
  return store.run({ replica: false }, fn);
}

/** Whether a statement started now, outside a transaction, may go to a replica. */
export function readsGoToReplica(): boolean {
  return store.getStore()?.replica === true;
}

/** Runs `fn` as a resolved query operation runs: its plain reads may go to a replica. */
export function withReplicaReads<T>(fn: () => T): T {
  return store.run({ replica: true }, fn);
}

/** Runs `fn` with every statement on the primary (a transaction, a write outside the Workflow kit). */
export function onPrimary<T>(fn: () => T): T {
  return store.run({ replica: false }, fn);
}

/**
 * Makes `db` (built with TypeORM replication, defaultMode 'master') send a request's plain reads to a
 * replica when its routing allows: a query runner asked for without an explicit 'slave' is the primary's,
 * except there. Transactions always start on the primary.
 */
export function installReadRouting(db: DataSource): void {
  const create = db.createQueryRunner.bind(db);
  db.createQueryRunner = (mode?: ReplicationMode): QueryRunner =>
    create(mode === 'slave' || readsGoToReplica() ? 'slave' : 'master');
  const manager = db.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  (manager as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) =>
    onPrimary(() => transaction(...args));
}

/** Who wrote when (in this process): their reads stay on the primary for a while. */
export class WritePins {
  private readonly until = new Map<number, number>();
  constructor(private readonly pinMs: number) {}
  pin(userId: number): void {
    this.until.set(userId, Date.now() + this.pinMs);
    if (this.until.size > 10_000) {
      const now = Date.now();
      for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    }
  }
  pinned(userId: number): boolean {
    const t = this.until.get(userId);
    return t !== undefined && t > Date.now();
  }
}

/** Lets a resolved query operation read from a replica; a mutation pins its author to the primary. */
export function readRoutingPlugin<C extends { viewer: { userId: number } | null }>(
  pins: WritePins,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const routing = store.getStore();
          if (!routing) return;
          const userId = contextValue.viewer?.userId;
          if (operation?.operation === 'mutation' && userId !== undefined) pins.pin(userId);
          routing.replica = operation?.operation === 'query' && (userId === undefined || !pins.pinned(userId));
        },
        async willSendResponse({ operation, contextValue }) {
          // From the commit on: a long mutation must not leave its author a stale first read.
          const userId = contextValue.viewer?.userId;
          if (operation?.operation === 'mutation' && userId !== undefined) pins.pin(userId);
        },
      };
    },
  };
}
