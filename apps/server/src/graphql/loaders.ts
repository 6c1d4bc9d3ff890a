import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/viewer.js';

/** The DataLoaders of one request; field resolvers only call `ctx.loaders.x.load()`. */
export function createLoaders(_db: DataSource, _viewer: Viewer | null) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
