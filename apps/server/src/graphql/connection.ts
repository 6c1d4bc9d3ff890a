import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Row } from './batch.js';
import { AppError } from './errors.js';
import { stringProblem } from './text.js';

@ObjectType({ description: '分页信息 / Page information' })
export class PageInfo {
  @Field({ description: '是否还有下一页 / More after this page' })
  hasNextPage: boolean;

  @Field({ description: '是否有上一页 / Rows before this page' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: '本页第一条的游标 / Cursor of the first edge' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: '本页最后一条的游标，作下一页的 after / Cursor of the last edge: pass as `after`',
  })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Builds the Edge and Connection types of a node type (cursor connections, Relay style). */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `${name} 的边 / An edge of ${name}` })
  class Edge {
    @Field(() => node, { description: `本条的 ${name} / The ${name} at this edge` })
    node: T;

    @Field({ description: '游标 / Cursor' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: `${name} 列表（游标分页）/ A page of ${name} rows` })
  class Connection {
    @Field(() => [Edge], { description: '本页的边 / The edges of this page' })
    edges: Edge[];

    @Field(() => PageInfo, { description: '分页信息 / Page information' })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    // Computed only when asked for: a count over a province is not free.
    @Field(() => Int, { description: '符合条件的总数 / Rows matching the filters' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static async of(shape: Promise<ConnectionShape<T>>): Promise<Connection> {
      return Object.assign(new Connection(), await shape);
    }
  }
  return Connection;
}

/** `first` and `after` of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '每页条数（个人最多100，BI令牌最多1000）/ Page size (≤100 people, ≤1000 BI tokens)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number;

  @Field(() => String, { nullable: true, description: '从该游标之后开始 / Start after this cursor' })
  after?: string;
}

/** People page through at most 100 rows at a time, BI tokens through 1,000. */
export function pageSize(viewer: Viewer, first: number | null | undefined): number {
  const max = viewer.tokenId !== null ? 1000 : 100;
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError('BAD_USER_INPUT', `first：每页 1–${max} 条`, `first: must be between 1 and ${max}`, {
      field: 'first',
    });
  }
  return n;
}

export interface OrderTerm {
  /** SQL expression of the sort key (never null: COALESCE it). */
  expr: string;
  /** How to bind the cursor's value back ('numeric', 'text', 'int', 'date'). */
  type: 'numeric' | 'text' | 'int' | 'date';
  direction: 'ASC' | 'DESC';
}

function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

const MAX_INT = 2 ** 31 - 1;
const isCalendarDate = (v: string) => {
  const day = v.slice(0, 10);
  return !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
};

/** What a cursor's sort value may be for each kind of sort key: anything else never reaches SQL. */
const CURSOR_VALUE: Record<OrderTerm['type'], (v: unknown) => boolean> = {
  int: (v) => Number.isInteger(v) && Math.abs(v as number) <= MAX_INT,
  numeric: (v) =>
    (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d{1,30}(\.\d{1,12})?$/.test(v)),
  date: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?)?$/.test(v) &&
    isCalendarDate(v),
  text: (v) => typeof v === 'string' && stringProblem(v, 1000) === null,
};

/** `[sort value, id]` of a cursor this server gave out; anything else is the caller's mistake, named `after`. */
function decodeCursor(cursor: string, type: OrderTerm['type']): [unknown, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      Number.isInteger(v[1]) &&
      v[1] >= 0 &&
      v[1] <= MAX_INT &&
      CURSOR_VALUE[type](v[0])
    ) {
      return v as [unknown, number];
    }
  } catch {
    /* falls through to the error */
  }
  throw new AppError('BAD_USER_INPUT', 'after：游标无效', 'after: not a valid cursor', { field: 'after' });
}

/**
 * Keyset pagination over a scoped query: stable under inserts, and as fast on page 1,000 as on page 1.
 * `from` is the FROM … WHERE … part (no ORDER BY / LIMIT); `idExpr` the unique tie-breaker.
 */
export async function paginate<R, T>(opts: {
  db: DataSource;
  select: string;
  from: string;
  params: unknown[];
  idExpr: string;
  order: OrderTerm;
  first: number;
  after?: string | null;
  map: (row: R) => T;
  /** False when the query asks for neither the edges nor the page info (a count alone): no page is read. */
  rows?: boolean;
}): Promise<ConnectionShape<T>> {
  const params = [...opts.params];
  const { expr, type, direction } = opts.order;
  let where = '';
  if (opts.after) {
    const [value, id] = decodeCursor(opts.after, type);
    params.push(value, id);
    const op = direction === 'ASC' ? '>' : '<';
    where = ` AND (${expr}, ${opts.idExpr}) ${op} ($${params.length - 1}::${type}, $${params.length}::int)`;
  }
  const count = async () => {
    const [c] = await opts.db.query(`SELECT count(*)::int AS n ${opts.from}`, opts.params);
    return c.n as number;
  };
  if (opts.rows === false) {
    // The cursor was still checked above: a bad one is refused whatever is asked.
    return {
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: !!opts.after, startCursor: null, endCursor: null },
      count,
    };
  }
  params.push(opts.first + 1);
  const rows = (await opts.db.query(
    `SELECT ${opts.select}, ${expr} AS __sort, ${opts.idExpr} AS __id ${opts.from}${where}
      ORDER BY ${expr} ${direction}, ${opts.idExpr} ${direction} LIMIT $${params.length}`,
    params,
  )) as (R & { __sort: unknown; __id: number })[];
  const page = rows.slice(0, opts.first);
  const edges = page.map((r) => ({ node: opts.map(r), cursor: encodeCursor(r.__sort, r.__id) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > opts.first,
      hasPreviousPage: !!opts.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count,
  };
}

/**
 * Keyset pages of many parents' children in one statement: a LATERAL subquery per parent key
 * (`unnest($1::int[]) AS k(parent_id)`), each ordered and limited in SQL, so no parent's children are
 * loaded beyond its page. `from(parent)` is the FROM … WHERE … of one parent's children (it refers to the
 * parent's key as `parent`); `params` carries $1 = the parent keys and the scope's parameters.
 * The count of each parent's children, when asked, is one more statement for the whole batch.
 */
export async function pagesPerParent<T>(opts: {
  db: DataSource;
  parents: readonly number[];
  select: string;
  from: (parent: string) => string;
  params: unknown[];
  idExpr: string;
  order: OrderTerm;
  first: number;
  after?: string | null;
  map: (row: Row) => T;
  /** Joined to each page's rows after the limit (`x` is the page's row), with the columns it adds. */
  outer?: { join: string; select: string };
  /**
   * Joined to each parent key before its page (`k.parent_id`): a parent row whose columns `from` reads once per
   * parent instead of joining it to every child row (which hides the children's index order from the planner).
   */
  parentJoin?: string;
}): Promise<ConnectionShape<T>[]> {
  const params = [...opts.params];
  const parentJoin = opts.parentJoin ? ` ${opts.parentJoin}` : '';
  const { expr, type, direction } = opts.order;
  let keyset = '';
  if (opts.after) {
    const [value, id] = decodeCursor(opts.after, type);
    params.push(value, id);
    const op = direction === 'ASC' ? '>' : '<';
    keyset = ` AND (${expr}, ${opts.idExpr}) ${op} ($${params.length - 1}::${type}, $${params.length}::int)`;
  }
  params.push(opts.first + 1);
  const rows = (await opts.db.query(
    `SELECT k.parent_id AS __parent, x.*${opts.outer ? `, ${opts.outer.select}` : ''} FROM unnest($1::int[]) AS k(parent_id)${parentJoin}
      CROSS JOIN LATERAL (
        SELECT ${opts.select}, ${expr} AS __sort, ${opts.idExpr} AS __id ${opts.from('k.parent_id')}${keyset}
         ORDER BY ${expr} ${direction}, ${opts.idExpr} ${direction} LIMIT $${params.length}) x${opts.outer ? ` ${opts.outer.join}` : ''}`,
    params,
  )) as Row[];
  const byParent = new Map<number, Row[]>();
  for (const r of rows) {
    const list = byParent.get(r.__parent) ?? [];
    list.push(r);
    byParent.set(r.__parent, list);
  }
  let counts: Promise<Map<number, number>> | null = null;
  const countOf = (parent: number) =>
    (counts ??= opts.db
      .query(
        `SELECT k.parent_id, (SELECT count(*)::int ${opts.from('k.parent_id')}) AS n FROM unnest($1::int[]) AS k(parent_id)${parentJoin}`,
        opts.params,
      )
      .then((cs: Row[]) => new Map(cs.map((c) => [c.parent_id as number, c.n as number])))).then(
      (m) => m.get(parent) ?? 0,
    );
  return opts.parents.map((parent) => {
    const list = byParent.get(parent) ?? [];
    const edges = list.slice(0, opts.first).map((r) => ({ node: opts.map(r), cursor: encodeCursor(r.__sort, r.__id) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: list.length > opts.first,
        hasPreviousPage: !!opts.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      count: () => countOf(parent),
    };
  });
}
