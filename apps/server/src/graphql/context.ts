import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { AuthFailures } from '../http/rate-limit.js';
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

export async function createContext(
  req: Request,
  db: DataSource,
  services: Services,
  authFailures?: AuthFailures,
): Promise<Context> {
  const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
  // A bearer token that authenticates nobody counts against the client's IP (see AuthFailures).
  if (viewer === null && /^Bearer\s/i.test(req.headers.authorization ?? '')) authFailures?.record(req.ip ?? '');
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
