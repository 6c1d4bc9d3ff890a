import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from './errors.js';

/** What one operation may ask for. Tokens are enforced by the parser, the rest before execution. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

export const PERSON_LIMITS: OperationLimits = { depth: 10, aliases: 20, tokens: 3000, cost: 10_000 };
/** BI tools pull whole tables: a larger cost budget, the same shape limits. */
export const BI_LIMITS: OperationLimits = { ...PERSON_LIMITS, cost: 100_000 };

/** Items counted for a list without `first`, and for a `first` that is left out. */
export const DEFAULT_PAGE_SIZE = 10;

/**
 * How long one operation may execute: anonymous callers get the smallest budget (issue 14 §1). Resolvers cannot
 * be interrupted, but past it no loader starts a new statement (`createLoaders`): a wide query stops fanning out.
 */
export const executionBudgetMs = (viewer: { tokenId: number | null } | null): number =>
  viewer === null ? 10_000 : viewer.tokenId !== null ? 60_000 : 30_000;

export const executionTimeout = () =>
  new AppError('TIMEOUT', '查询超时，请缩小范围后重试', 'The query took too long: narrow it down and retry');

export const limitsFor = (viewer: { tokenId: number | null } | null): OperationLimits =>
  viewer && viewer.tokenId !== null ? BI_LIMITS : PERSON_LIMITS;

export interface OperationMeasures {
  /** Fields on the longest path, leaves included (`{ me { username } }` is 2). */
  depth: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
  /** Static upper bound of the objects the operation may resolve (see `measureOperation`). */
  cost: number;
  /** Selects `__schema` or `__type`. */
  introspection: boolean;
}

const ZERO: OperationMeasures = { depth: 0, aliases: 0, cost: 0, introspection: false };

const add = (a: OperationMeasures, b: OperationMeasures): OperationMeasures => ({
  depth: Math.max(a.depth, b.depth),
  aliases: a.aliases + b.aliases,
  cost: a.cost + b.cost,
  introspection: a.introspection || b.introspection,
});

/** `data`: ordinary fields; `page`: the direct children of a paginated field; `meta`: inside `__schema`/`__type`. */
type Mode = 'data' | 'page' | 'meta';

/**
 * Measures one operation of a validated document, statically, before anything runs.
 *
 * Cost: a leaf (scalar, enum) is 0; an object field is 1 plus its selection, times the number of items it may
 * return: its `first`/`last` argument (from the literal, the request's variables, the variable's default or the
 * argument's default; else DEFAULT_PAGE_SIZE), DEFAULT_PAGE_SIZE for any other list, 1 otherwise. The lists
 * right under a paginated field (a connection's `edges`, `nodes`) are that page, so they do not multiply again.
 * Fragments are expanded where they are spread; abstract types count every branch. It is an upper bound.
 *
 * Introspection (`__schema`, `__type`) costs 0 and adds one level: it reads the schema in memory, is allowed only
 * to BI tokens and in development, and its nesting is capped by graphql-js's MaxIntrospectionDepthRule.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const values: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) values[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  }
  Object.assign(values, variables);

  // A fragment spread in many places is measured once: nested spreads cannot blow up the analysis itself.
  const memo = new Map<string, OperationMeasures>();

  const fragment = (name: string, mode: Mode): OperationMeasures => {
    const key = `${name}|${mode}`;
    let m = memo.get(key);
    if (!m) {
      const def = fragments.get(name);
      m = def ? selectionSet(def.selectionSet, schema.getType(def.typeCondition.name.value), mode) : ZERO;
      memo.set(key, m);
    }
    return m;
  };

  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, mode: Mode): OperationMeasures => {
    let total = ZERO;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) total = add(total, field(s, parent, mode));
      else if (s.kind === Kind.FRAGMENT_SPREAD) total = add(total, fragment(s.name.value, mode));
      else {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        total = add(total, selectionSet(s.selectionSet, type, mode));
      }
    }
    return total;
  };

  const field = (node: FieldNode, parent: GraphQLNamedType | undefined, mode: Mode): OperationMeasures => {
    const alias = node.alias ? 1 : 0;
    const name = node.name.value;
    if (mode === 'meta' || name === '__schema' || name === '__type') {
      const inner = node.selectionSet ? selectionSet(node.selectionSet, undefined, 'meta') : ZERO;
      return { depth: mode === 'meta' ? 0 : 1, aliases: alias + inner.aliases, cost: 0, introspection: true };
    }
    const def: GraphQLField<unknown, unknown> | undefined =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!def || !isCompositeType(getNamedType(def.type)))
      return { depth: 1, aliases: alias, cost: 0, introspection: false };

    const paginated = def.args.some((a) => a.name === 'first' || a.name === 'last');
    const items = paginated
      ? pageSize(node, def, values)
      : isListType(getNullableType(def.type)) && mode !== 'page'
        ? DEFAULT_PAGE_SIZE
        : 1;
    const inner = node.selectionSet
      ? selectionSet(node.selectionSet, getNamedType(def.type), paginated ? 'page' : 'data')
      : ZERO;
    return {
      depth: 1 + inner.depth,
      aliases: alias + inner.aliases,
      cost: items * (1 + inner.cost),
      introspection: inner.introspection,
    };
  };

  return selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 'data');
}

function pageSize(node: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number {
  let size: number | null = null;
  for (const arg of def.args) {
    if (arg.name !== 'first' && arg.name !== 'last') continue;
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value = given ? valueFromASTUntyped(given.value, variables) : arg.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, Math.ceil(value));
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

export type LimitName = keyof OperationLimits;

export interface LimitExceeded {
  measure: LimitName;
  requested: number;
  limit: number;
}

/** The first limit the operation goes over, or null. */
export function exceededLimit(m: OperationMeasures, limits: OperationLimits): LimitExceeded | null {
  for (const measure of ['depth', 'aliases', 'cost'] as const) {
    if (m[measure] > limits[measure]) return { measure, requested: m[measure], limit: limits[measure] };
  }
  return null;
}

const WORDS: Record<LimitName, (n: number, max: number) => [zh: string, en: string]> = {
  depth: (n, max) => [
    `操作嵌套 ${n} 层，超过上限 ${max} 层`,
    `The operation is ${n} levels deep, over the limit of ${max}`,
  ],
  aliases: (n, max) => [
    `操作使用 ${n} 个别名，超过上限 ${max} 个`,
    `The operation uses ${n} aliases, over the limit of ${max}`,
  ],
  tokens: (n, max) => [
    `操作含 ${n} 个词法单元，超过上限 ${max} 个`,
    `The operation has ${n} tokens, over the limit of ${max}`,
  ],
  cost: (n, max) => [`操作成本 ${n}，超过上限 ${max}`, `The operation costs ${n}, over the limit of ${max}`],
};

/** QUERY_TOO_COMPLEX, answered with HTTP 400 before any resolver runs. */
export function queryTooComplex(e: LimitExceeded): AppError {
  const [zh, en] = WORDS[e.measure](e.requested, e.limit);
  return new AppError('QUERY_TOO_COMPLEX', zh, en, { ...e, http: { status: 400 } });
}

/** graphql-js's parser aborts past `maxTokens` with a syntax error; this recognises it (graphql 16 spells it "more that"). */
export const isTokenLimitError = (error: unknown): boolean =>
  error instanceof Error && /Document contains more tha[nt] \d+ tokens/.test(error.message);

/** Tokens as the parser counts them (comments excluded), stopping at `stopAt`. */
export function countTokens(source: string, stopAt = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (n < stopAt && lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    // A lexical error: the count so far is all there is to report.
  }
  return n;
}
