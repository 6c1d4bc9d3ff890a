import { randomBytes } from 'node:crypto';
import { TEST_DEMO_PASSWORD } from '../../src/testing/harness.js';
import type { Act } from '../../src/modules/workflow/index.js';
import type { Viewer } from '../../src/modules/auth/index.js';
import { createServices, type Services } from '../../src/services.js';
import { useDatabase } from './context.js';

/**
 * For a service's own tests (beside it, in __tests__): a fresh demo database, the server's services on it,
 * and the viewer of a demo user as the server builds it at login.
 */
export function useServices() {
  const database = useDatabase();
  let services: Services | null = null;
  const state = {
    get db() {
      return database.db;
    },
    get services(): Services {
      services ??= createServices(database.db, randomBytes(32).toString('hex'));
      return services;
    },
    async viewer(username: string): Promise<Viewer> {
      const { viewer } = await state.services.auth.login(username, TEST_DEMO_PASSWORD, `test-${username}`);
      return viewer;
    },
    async act(username: string): Promise<Act> {
      return { viewer: await state.viewer(username), requestId: `test-${username}` };
    },
  };
  return state;
}
