import { defaultCalendar } from '../modules/calendar/index.js';
import { setupCounty } from './county-setup.js';
import { countyId, DemoCounty, FIRST_LIVE_YEAR, type Rows } from './demo-context.js';
import { evaluate2022 } from './evaluations-2022.js';
import { planFirstYears } from './first-years.js';
import { liveYears } from './live-years.js';
import { monitorFirstYears } from './monitor-year.js';
import { rateAgenciesAndTrain } from './ratings-and-training.js';

export { DEMO_TARGETS, TABLE_ORDER, type Row, type Rows } from './demo-context.js';

/**
 * The demo county: inputs chosen so that the rules of the year yield every figure of the county's
 * report (DOMAIN.md). Flags, grades, cuts and ratings are computed here by the rules, never written in.
 * Pure and deterministic: the same rows on every load.
 *
 * Built in the order of the years: the county and its users (county-setup.ts); the projects of 2022–2024 and
 * their targets (first-years.ts); their monitoring (monitor-year.ts); the 2022 evaluations
 * (evaluations-2022.ts); the agencies' ratings and training; on a later today, the years after 2024
 * (live-years.ts) and the next year's budget preparation (next-year-targets.ts); the calendar.
 */

/**
 * The county's day the tests' demo is built for: 30 May 2024, when 2022 and 2023 are closed and 2024 is the
 * year in progress with its checkpoints planned (the year the tests play). A server's demo is built for its today.
 */
export const PINNED_DEMO_TODAY = '2024-05-30';

export function buildDemoCounty(opts: {
  passwordHash: string;
  biToken: { hash: string; prefix: string };
  /** The county's today (YYYY-MM-DD): its year is the year in progress, its checkpoints as the calendar says. */
  today?: string;
}): Rows {
  const today = opts.today ?? PINNED_DEMO_TODAY;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < `${FIRST_LIVE_YEAR}-01-01`) {
    throw new Error(`demo: today must be a date from ${FIRST_LIVE_YEAR}-01-01 on (got ${today})`);
  }
  const county = new DemoCounty(opts.passwordHash, today, Number(today.slice(0, 4)));
  setupCounty(county, opts.biToken);
  const first = planFirstYears(county);
  const { m22, m23 } = monitorFirstYears(county, first);
  evaluate2022(county, first, m22);
  rateAgenciesAndTrain(county);
  if (county.live) liveYears(county, first.p2024, m23.open);
  for (let year = 2023; year <= Math.max(2024, county.liveYear); year++) {
    for (const d of defaultCalendar(year)) {
      county.add('calendar_deadline', {
        region_id: countyId,
        year,
        due_on: d.dueOn,
        kind: d.kind,
        title_zh: d.titleZh,
        title_en: d.titleEn,
        roles: JSON.stringify(d.roles),
      });
    }
  }
  return county.rows;
}
