import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Services } from '../services.js';

/** What every resolver gets: who asks, a request id for logs and errors, and the services. */
export interface Context {
  viewer: Viewer | null;
  requestId: string;
  db: DataSource;
  services: Services;
  ip: string;
}
