import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

/** Stable error codes clients can switch on. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the person: message in Chinese and English, a stable code, optional field. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, zh: string, en: string, extra: Record<string, unknown> = {}) {
    super(`${zh} / ${en}`, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录', 'Authentication required');
export const forbidden = () => new AppError('FORBIDDEN', '无权执行此操作', 'Not allowed for this user');

const SAFE_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'PASSWORD_CHANGE_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL cancelled the statement (SQLSTATE 57014), as it does at `statement_timeout`. */
function isStatementTimeout(e: unknown): boolean {
  const x = e as { code?: unknown; driverError?: { code?: unknown }; originalError?: unknown } | null;
  return (
    !!x &&
    (x.code === '57014' ||
      x.driverError?.code === '57014' ||
      (!!x.originalError && isStatementTimeout(x.originalError)))
  );
}

/**
 * The database is away (refused or lost connections, shutting down, out of connections): the request may be
 * retried later, so it is 503 UNAVAILABLE, not an internal error (issue 14 §1).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const x = e as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown } | null;
  if (!x) return false;
  const code = typeof x.code === 'string' ? x.code : '';
  const message = typeof x.message === 'string' ? x.message : '';
  return (
    /^08|^57P0[123]$|^53300$|^3D000$|^ECONNREFUSED$|^ECONNRESET$|^ETIMEDOUT$/.test(code) ||
    /Connection terminated|ECONNREFUSED|timeout exceeded when trying to connect|not currently accepting connections|the database system is (starting up|shutting down)|terminating connection/.test(
      message,
    ) ||
    (!!x.driverError && x.driverError !== e && isDatabaseUnavailable(x.driverError)) ||
    (!!x.originalError && x.originalError !== e && isDatabaseUnavailable(x.originalError))
  );
}

export const UNAVAILABLE_MESSAGE = '数据库暂不可用，请稍后重试 / The database is unavailable: retry later';

/** graphql-js's "Did you mean …?" hints: in production they would spell out the schema to anyone who guesses. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?/g, '');
}

/**
 * Masks every error that was not meant for the client: no stack traces, no SQL; in production no
 * field suggestions either. Validation errors of inputs name each bad field.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
  opts: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  const shown = formatBare(formatted, error, requestId);
  return opts.hideSuggestions ? { ...shown, message: withoutSuggestions(shown.message) } : shown;
}

function formatBare(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors as Array<{
      property: string;
      constraints?: Record<string, string>;
    }>;
    const details = (fields ?? []).map((f) => ({ field: f.property, problems: Object.values(f.constraints ?? {}) }));
    return {
      message: `输入有误 / Invalid input: ${details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ')}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', fields: details, requestId },
    };
  }
  if (isStatementTimeout(original)) {
    return {
      message: '查询超时，请缩小范围后重试 / The query took too long: narrow it down and retry',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'TIMEOUT', requestId },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'UNAVAILABLE', requestId },
    };
  }
  // A constraint of the database caught what the services did not: the input was wrong, not the server.
  const pgCode =
    (original as { code?: string; driverError?: { code?: string } } | null)?.driverError?.code ??
    (original as { code?: string } | null)?.code;
  // 22001 (text longer than its column) and 22021 (a byte the database refuses) are the last net under the
  // schema's length and character checks (issue 14 §3).
  if (['23514', '23505', '23503', '22003', '22001', '22021'].includes(pgCode ?? '')) {
    return {
      message: '输入的数据不符合规则 / The input violates a data rule',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', constraint: pgCode, requestId },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, requestId } };
  }
  return {
    message: '服务器内部错误 / Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
