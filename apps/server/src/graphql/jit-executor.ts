import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes queries with graphql-jit: each operation is compiled once into a JavaScript function that calls the
 * same resolvers as graphql-js would, without graphql-js's per-field interpretation (field lookups, argument
 * coercion, promise bookkeeping: most of the portfolio page's CPU, issue 16 §1). Apollo still parses,
 * validates, runs the plugins and formats errors; only execution is replaced, through Apollo's one extension
 * point for it (a gateway's executor).
 *
 * graphql-js still executes:
 * - mutations (rare, transactional, their result read once; nothing to gain and nothing to risk),
 * - introspection (`__schema`, `__type`: BI tools' schema browsing, not a hot path),
 * - any request whose variables do not coerce: graphql-js then answers with its own messages, which the
 *   variable-errors plugin translates (nothing has run yet, so running it again is safe).
 */
export function jitGateway(schema: GraphQLSchema, opts: { cacheSize?: number } = {}): GatewayInterface {
  const executor = jitExecutor(schema, opts);
  return {
    async load() {
      return { executor: executor as GatewayExecutor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

interface RequestLike {
  document: DocumentNode;
  operationName: string | null;
  operation: { operation: string };
  source?: string;
  request: { variables?: Record<string, unknown> };
  context: object;
}

export function jitExecutor(schema: GraphQLSchema, opts: { cacheSize?: number } = {}) {
  // Apollo keeps one parsed document per query text (its document store), so the document object is the key;
  // a Map (not a WeakMap) bounded in size, oldest first out, since the store may drop and re-parse documents.
  const compiled = new Map<DocumentNode, Map<string, CompiledQuery>>();
  const limit = opts.cacheSize ?? 1000;
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byName = compiled.get(document);
    const key = operationName ?? '';
    const hit = byName?.get(key);
    if (hit) return hit;
    const c = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(c)) return c;
    if (!byName) {
      if (compiled.size >= limit) compiled.delete(compiled.keys().next().value!);
      byName = new Map();
      compiled.set(document, byName);
    }
    byName.set(key, c);
    return c;
  };
  const plain = (rc: RequestLike) =>
    execute({
      schema,
      document: rc.document,
      operationName: rc.operationName,
      variableValues: rc.request.variables,
      contextValue: rc.context,
    });
  return async (rc: RequestLike): Promise<ExecutionResult> => {
    if (rc.operation.operation !== 'query' || isIntrospection(rc)) return plain(rc);
    const c = compile(rc.document, rc.operationName);
    if (!isCompiledQuery(c)) return plain(rc);
    const result = await c.query(undefined, rc.context, rc.request.variables ?? {});
    // No data at all: the variables did not coerce and nothing ran; let graphql-js say why, in its words.
    if (result.data === undefined && result.errors?.length) return plain(rc);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

const INTROSPECTION = /\b__(schema|type)\b/;
function isIntrospection(rc: RequestLike): boolean {
  return rc.source !== undefined ? INTROSPECTION.test(rc.source) : true;
}

/**
 * graphql-jit's errors inherit GraphQLError's prototype but not its constructor: no `extensions` unless the
 * original error had some, which Apollo reads unconditionally. Rebuilt as graphql-js would locate them.
 */
function asGraphQLError(e: unknown): GraphQLError {
  if (e instanceof GraphQLError && e.extensions) return e;
  const x = e as {
    message: string;
    path?: ReadonlyArray<string | number>;
    locations?: ReadonlyArray<SourceLocation>;
    originalError?: Error;
    extensions?: Record<string, unknown>;
  };
  const original = x.originalError;
  const err = new GraphQLError(x.message, {
    path: x.path,
    originalError: original,
    extensions: x.extensions ?? (original as { extensions?: Record<string, unknown> } | undefined)?.extensions,
  });
  if (x.locations?.length) (err as { locations?: ReadonlyArray<SourceLocation> }).locations = x.locations;
  return err;
}
