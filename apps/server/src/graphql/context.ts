import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { Edge } from '../http/rate-limit.js';
import { API_TOKEN_PREFIX } from '../modules/auth/session-token.js';
import { AppError, isDatabaseUnavailable } from './errors.js';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/index.js';
import type { Services } from '../services.js';
import { createLoaders, createReaders, type Loaders, type Readers } from './loaders.js';

/**
 * What every resolver gets: who asks, a request id for logs and errors, the services, and this request's
 * readers and loaders (bound to the viewer; absent without one, where @Authorized has already refused).
 */
export interface Context {
  viewer: Viewer | null;
  requestId: string;
  db: DataSource;
  services: Services;
  readers: Readers;
  loaders: Loaders;
  ip: string;
}

const REQUEST_ID = /^[\w-]{8,64}$/;

export async function createContext(req: Request, db: DataSource, services: Services, edge?: Edge): Promise<Context> {
  const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization).catch((e: unknown) => {
    if (!isDatabaseUnavailable(e)) throw e;
    throw new AppError('UNAVAILABLE', '数据库暂不可用，请稍后重试', 'The database is unavailable: retry later', {
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
  });
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (viewer === null && token) {
    // A bad, expired or revoked token: 401, counted against the client's IP (see Edge).
    const d = edge ? await edge.failed(req.ip ?? '') : { status: 401, retryAfter: 0 };
    throw d.status === 401
      ? new AppError(
          'UNAUTHENTICATED',
          '令牌无效或已过期，请重新登录',
          'The token is invalid or expired: log in again',
          {
            http: { status: 401 },
          },
        )
      : new AppError('RATE_LIMITED', '认证失败次数过多', 'Too many failed authentications', {
          retryAfter: d.retryAfter,
          http: { status: 429, headers: new Map([['retry-after', String(d.retryAfter)]]) },
        });
  }
  if (viewer && token?.startsWith(API_TOKEN_PREFIX)) edge?.rememberBi(token);
  const header = req.headers['x-request-id'];
  const readers = viewer ? createReaders(db, viewer) : null;
  return {
    viewer,
    requestId: typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID(),
    db,
    services,
    // One set of readers and DataLoaders per request, bound to this viewer's scope.
    readers: readers as Readers,
    loaders: (readers && createLoaders(readers)) as Loaders,
    ip: req.ip ?? '',
  };
}
