import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { AppError } from './errors.js';
import {
  countTokens,
  executionBudgetMs,
  exceededLimit,
  isTokenLimitError,
  limitsFor,
  measureOperation,
  queryTooComplex,
  type OperationLimits,
} from './limits.js';

export const introspectionForbidden = () =>
  new AppError(
    'FORBIDDEN',
    '仅 BI 令牌可查询接口结构（__schema、__type）',
    'Introspection (__schema, __type) is allowed only to BI tokens',
    { http: { status: 403 } },
  );

/**
 * Refuses, before any resolver runs, an operation over the viewer's limits (QUERY_TOO_COMPLEX) or one that
 * introspects without being allowed to (FORBIDDEN); reports `extensions.cost` on every response that got as
 * far as choosing its operation. The token limit itself is the parser's (`parseOptions.maxTokens`): this only
 * turns its syntax error into QUERY_TOO_COMPLEX.
 */
export function limitsPlugin(opts: {
  maxTokens: number;
  allowIntrospection: (viewer: Context['viewer']) => boolean;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: { requested: number; limit: number } | null = null;
      let tokenError: GraphQLFormattedError | null = null;
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            if (!error || !isTokenLimitError(error)) return;
            // Counted only on this error path, and only so far, so a huge document costs little to refuse.
            const requested = countTokens(source, opts.maxTokens * 100);
            const refused = queryTooComplex({ measure: 'tokens', requested, limit: opts.maxTokens });
            const { http: _http, ...extensions } = refused.extensions;
            tokenError = { message: refused.message, extensions };
          };
        },
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const limits: OperationLimits = limitsFor(contextValue.viewer);
          const measures = measureOperation(schema, document, operation, request.variables ?? {});
          cost = { requested: measures.cost, limit: limits.cost };
          if (measures.introspection && !opts.allowIntrospection(contextValue.viewer)) throw introspectionForbidden();
          const exceeded = exceededLimit(measures, limits);
          if (exceeded) throw queryTooComplex(exceeded);
        },
        async executionDidStart({ contextValue, operation }) {
          // A mutation is never cut short: its transaction may have committed already. Resolvers cannot be
          // interrupted, but past the caller's time budget no loader starts another statement (loaders.ts).
          if (operation.operation === 'query' && contextValue.loaders)
            contextValue.loaders.budget.deadline = performance.now() + executionBudgetMs(contextValue.viewer);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (tokenError) result.errors = [tokenError];
          if (cost) result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
