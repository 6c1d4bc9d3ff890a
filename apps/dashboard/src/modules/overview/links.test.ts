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
});
