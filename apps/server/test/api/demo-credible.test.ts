import { describe } from 'vitest';
import { PINNED_DEMO_TODAY } from '../../src/demo/build-county.js';
import { useDatabase } from '../support/context.js';
import { credibilityChecks } from '../support/demo-credibility.js';

// Issue 15 §2: the tests' demo (on its fixed today) is credible; test/api/demo-live.test.ts checks a later today's.
describe('the demo county is credible', () => {
  const ctx = useDatabase();
  credibilityChecks(ctx, process.env.JIXIAO_DEMO_TODAY || PINNED_DEMO_TODAY);
});
