import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from '../graphql/context.js';
import { formatError, UNAVAILABLE_MESSAGE } from '../graphql/errors.js';
import { PERSON_LIMITS } from '../graphql/limits.js';
import { limitsPlugin } from '../graphql/limits.plugin.js';
import { jitGateway } from '../graphql/jit-executor.js';
import type { Config } from '../config.js';
import { Edge } from './rate-limit.js';
import { precheck } from './precheck.js';
import { compress, dashboard, securityHeaders } from './security.js';
import type { Services } from '../services.js';
import type { Logger } from '../logger.js';
import { countStatements, statementCount } from '../database/query-counter.js';
import { readRoutingPlugin, withReadRouting, WritePins } from '../database/read-routing.js';
import { uploadRoute } from '../modules/import/upload.route.js';
import { passwordChangePlugin } from '../modules/auth/password-change.plugin.js';
import { variableErrorsPlugin } from '../graphql/variable-errors.plugin.js';

/** The largest request body /graphql reads. */
export const BODY_LIMIT = '1mb';
/** Without a token the body is smaller still: refused as it streams in, before any parsing. */
export const ANONYMOUS_BODY_LIMIT = '64kb';

/**
 * Errors before GraphQL (a body that is not JSON, or too large) and any other error Express sees: answered
 * as a GraphQL-shaped JSON error with a stable code, never Express's HTML page with its stack trace.
 */
const httpErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const e = err as { status?: number; statusCode?: number; type?: string; limit?: number };
  const kb = Math.round((e.limit ?? 1024 * 1024) / 1024);
  const status = e.status ?? e.statusCode ?? 500;
  const [code, message] =
    e.type === 'entity.too.large'
      ? ['BAD_REQUEST', `请求体过大（上限 ${kb} KB）/ The request body is too large (at most ${kb} KB)`]
      : e.type === 'entity.parse.failed'
        ? ['BAD_REQUEST', '请求体不是有效的 JSON / The request body is not valid JSON']
        : status >= 400 && status < 500
          ? ['BAD_REQUEST', '请求无效 / Bad request']
          : ['INTERNAL_SERVER_ERROR', '服务器内部错误 / Internal server error'];
  res.status(status >= 400 && status < 600 ? status : 500).json({ errors: [{ message, extensions: { code } }] });
};
import { exportRouter } from '../modules/export/export.routes.js';

const exposeSqlCount = process.env.JIXIAO_DEBUG_SQL_COUNT === 'true';

/** Carries the request id into every error and logs each operation as one structured line. */
function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue: ctx, response, operationName, errors }) {
          response.http.headers.set('x-request-id', ctx.requestId);
          if (
            response.body.kind === 'single' &&
            response.body.singleResult.errors?.some((e) => e.extensions?.code === 'UNAVAILABLE')
          ) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
          if (exposeSqlCount && response.body.kind === 'single') {
            // Debug aid for the N+1 tests: how many SQL statements this operation cost.
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: statementCount(),
            };
          }
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: ctx.requestId },
            }));
          }
          log.info('graphql', {
            requestId: ctx.requestId,
            operation: operationName ?? null,
            user: ctx.viewer?.username ?? null,
            token: ctx.viewer?.tokenId ?? null,
            ms: Math.round(performance.now() - started),
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
          });
        },
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') {
              log.error('resolver error', { requestId: contextValue.requestId, error: String(e.originalError ?? e) });
            }
          }
        },
      };
    },
  };
}

export async function createApp(opts: {
  schema: GraphQLSchema;
  db: DataSource;
  services: Services;
  httpServer: http.Server;
  dashboardDir: string | null;
  log: Logger;
  config: Pick<Config, 'NODE_ENV' | 'mode'> &
    Partial<Pick<Config, 'JIXIAO_REPLICA_PIN_MS' | 'JIXIAO_TRUST_PROXY' | 'JIXIAO_GRAPHQL_JIT'>>;
}) {
  const development = opts.config.NODE_ENV === 'development';
  // Read replicas configured (createDataSource built TypeORM replication): reads of queries may be routed.
  const routed = 'replication' in opts.db.options && opts.db.options.replication !== undefined;
  const production = opts.config.mode === 'production';
  const apollo = new ApolloServer<Context>({
    // Queries run compiled (graphql-jit), mutations and introspection by graphql-js: see jit-executor.ts.
    ...(opts.config.JIXIAO_GRAPHQL_JIT === false ? { schema: opts.schema } : { gateway: jitGateway(opts.schema) }),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Introspection is decided per request by limitsPlugin: BI tokens, and everyone in development.
    introspection: true,
    parseOptions: { maxTokens: PERSON_LIMITS.tokens },
    formatError: (formatted, error) => formatError(formatted, error, undefined, { hideSuggestions: production }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer }),
      // No HTTP caching of GraphQL answers (every answer is the viewer's): the default cache-control plugin
      // would only wrap every field's resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      // Before requestLogPlugin: its willSendResponse adds the request id to the errors this one may replace.
      limitsPlugin({
        maxTokens: PERSON_LIMITS.tokens,
        allowIntrospection: (viewer) => development || (viewer !== null && viewer.tokenId !== null),
      }),
      passwordChangePlugin(),
      variableErrorsPlugin(),
      requestLogPlugin(opts.log),
      // Read replicas: a query's plain reads may go to one; mutations and their payloads stay on the primary.
      ...(routed ? [readRoutingPlugin<Context>(new WritePins(opts.config.JIXIAO_REPLICA_PIN_MS ?? 5000))] : []),
    ],
  });
  await apollo.start();

  const edge = new Edge(opts.services.counters, opts.services.auth.tokens);
  const jsonSignedIn = express.json({ limit: BODY_LIMIT });
  const jsonAnonymous = express.json({ limit: ANONYMOUS_BODY_LIMIT });
  const app = express();
  app.disable('x-powered-by');
  // The client's IP (per-IP limits) from X-Forwarded-For, when the request came through a trusted proxy:
  // behind a load balancer on another host, JIXIAO_TRUST_PROXY names it, else every client is the balancer.
  app.set('trust proxy', opts.config.JIXIAO_TRUST_PROXY ?? 'loopback');
  app.use(securityHeaders({ development }), compress());
  // Liveness: the process answers. Readiness: the database answers too (503 while it is away).
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), 2000).unref());
    try {
      await Promise.race([opts.db.query('SELECT 1'), timeout]);
      res.json({ ok: true });
    } catch {
      res
        .status(503)
        .json({ ok: false, errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'UNAVAILABLE' } }] });
    }
  });
  app.use(
    '/graphql',
    edge.middleware(),
    // Each AsyncLocalStorage in use turns on Node's promise hooks, a cost on every promise of every field
    // (a fifth of the portfolio page's CPU): only when asked for (the N+1 tests) or needed (read replicas).
    ...(exposeSqlCount ? [(_req: unknown, _res: unknown, next: () => void) => countStatements(next)] : []),
    ...(routed ? [(_req: unknown, _res: unknown, next: () => void) => withReadRouting(next)] : []),
    (req, res, next) => (req.headers.authorization ? jsonSignedIn : jsonAnonymous)(req, res, next),
    precheck(),
    expressMiddleware(apollo, {
      context: ({ req }) => createContext(req, opts.db, opts.services, edge),
    }),
  );
  // Imports: the spreadsheet is uploaded here, then previewed and committed through GraphQL.
  app.post('/files', edge.middleware(), uploadRoute(opts.services));
  // The official forms and the annual report as files (issue 12), under the same limits as /graphql.
  app.use('/export', edge.middleware(), exportRouter(opts.services, opts.log));
  // The dashboard's files and its page for client routes; an unknown file is 404.
  if (opts.dashboardDir) app.use(dashboard(opts.dashboardDir));
  app.use(httpErrors);
  return { app, apollo };
}
