import { describe, expect, it } from 'vitest';
import { scopeOf, NO_FILTER } from '../../app/analytics/cross-filter';
import { flagListPath, scopeListPath, unitListPath } from './links';

const scope = { fundFamily: 'GENERAL_PUBLIC' as const, section: 'jkw', unit: null, grade: null };

describe('links of the cockpit', () => {
  it('carry the scope and the number’s own condition, a section or unit by its code', () => {
    expect(flagListPath(2023, scope, 'OPEN_RED', 8)).toBe(
      '/projects?year=2023&ff=GENERAL_PUBLIC&section=jkw&measure=OPEN_RED&fm=8',
    );
    expect(scopeListPath(2022, { ...scope, fundFamily: null, section: null, grade: 'POOR' }, { ek: 'SELF' })).toBe(
      '/projects?year=2022&grade=POOR&ek=SELF',
    );
    expect(scopeListPath(2023, { ...scope, section: null, unit: 'jyj', regionCode: '652823' })).toBe(
      '/projects?year=2023&county=652823&ff=GENERAL_PUBLIC&unit=jyj',
    );
  });

  it('open a ranking row’s unit by code, with its county only above one county with none picked', () => {
    const row = { unitCode: 'jyj', regionCode: '652899' };
    expect(unitListPath(2023, scopeOf(NO_FILTER, { level: 'county' }), row, { overdue: true })).toBe(
      '/projects?year=2023&unit=jyj&overdue=1',
    );
    expect(unitListPath(2023, scopeOf(NO_FILTER, { level: 'county' }, null, true), row, { cp: 8 })).toBe(
      '/projects?year=2023&county=652899&unit=jyj&cp=8',
    );
    expect(unitListPath(2023, scopeOf(NO_FILTER, { level: 'county' }, '652823', true), row)).toBe(
      '/projects?year=2023&county=652823&unit=jyj',
    );
  });

  it('open the rows of a section clicked above one county with its county, which the list then names', () => {
    const qualified = scopeOf({ ...NO_FILTER, section: '652899.sec-jkw' }, { level: 'county' }, null, true);
    expect(scopeListPath(2023, qualified)).toBe('/projects?year=2023&county=652899&section=sec-jkw');
    expect(flagListPath(2023, qualified, 'OPEN_RED', 8)).toBe(
      '/projects?year=2023&county=652899&section=sec-jkw&measure=OPEN_RED&fm=8',
    );
    expect(unitListPath(2023, qualified, { unitCode: 'jyj', regionCode: '652899' })).toBe(
      '/projects?year=2023&county=652899&section=sec-jkw&unit=jyj',
    );
  });
});
