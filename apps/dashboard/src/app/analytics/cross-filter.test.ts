import { describe, expect, it } from 'vitest';
import {
  analyticsFilter,
  crossFilterParams,
  globalId,
  hasFilter,
  NO_FILTER,
  parseCrossFilter,
  budgetScope,
  parseCounty,
  scopeOf,
  toggle,
} from './cross-filter';

describe('the cross-filter in the URL', () => {
  it('reads fund family, section and grade, ignoring unknown values', () => {
    expect(parseCrossFilter(new URLSearchParams('ff=SPECIAL_BOND&section=U2VjdGlvbjo0&grade=MEDIUM'))).toEqual({
      fundFamily: 'SPECIAL_BOND',
      sectionId: 'U2VjdGlvbjo0',
      grade: 'MEDIUM',
    });
    expect(parseCrossFilter(new URLSearchParams('ff=GOLD&grade=A&section=<script>'))).toEqual(NO_FILTER);
  });

  it('writes back what it reads, and clears with nulls', () => {
    const filter = { fundFamily: 'GENERAL_PUBLIC' as const, sectionId: null, grade: 'POOR' as const };
    expect(crossFilterParams(filter)).toEqual({ ff: 'GENERAL_PUBLIC', section: null, grade: 'POOR' });
    const round = new URLSearchParams(
      Object.entries(crossFilterParams(filter)).filter(([, v]) => v) as [string, string][],
    );
    expect(parseCrossFilter(round)).toEqual(filter);
  });

  it('toggles a value: the same click clears it', () => {
    const once = toggle(NO_FILTER, 'grade', 'MEDIUM');
    expect(once.grade).toBe('MEDIUM');
    expect(hasFilter(once)).toBe(true);
    expect(toggle(once, 'grade', 'MEDIUM')).toEqual(NO_FILTER);
    expect(toggle(once, 'grade', 'POOR').grade).toBe('POOR');
  });
});

describe('what the panels show', () => {
  it('keeps a grade off the budget-year panels, so they stay on the year the page names (issue 15 §2)', () => {
    const scope = scopeOf({ ...NO_FILTER, grade: 'MEDIUM' }, { level: 'county' });
    expect(budgetScope(scope).grade).toBeNull();
    expect(scope.grade).toBe('MEDIUM');
  });

  it('carries the county picked into every analytics filter, and reads only a division code', () => {
    const scope = scopeOf(NO_FILTER, { level: 'county' }, '652823');
    expect(analyticsFilter(scope)).toEqual({ regionCode: '652823', fundFamily: null, sectionId: null, unitId: null });
    expect(analyticsFilter(scopeOf(NO_FILTER, { level: 'county' }))).toBeNull();
    expect(parseCounty('652823')).toBe('652823');
    expect(parseCounty('x; drop')).toBeNull();
    expect(parseCounty(null)).toBeNull();
  });

  it('lets the drill level replace the section filter', () => {
    const filter = { fundFamily: 'GENERAL_PUBLIC' as const, sectionId: 'S1', grade: null };
    expect(scopeOf(filter, { level: 'county' })).toEqual({
      regionCode: null,
      fundFamily: 'GENERAL_PUBLIC',
      sectionId: 'S1',
      unitId: null,
      grade: null,
    });
    expect(scopeOf(filter, { level: 'section', sectionId: 'S2' }).sectionId).toBe('S2');
    expect(scopeOf(filter, { level: 'unit', unitId: 'U9' })).toMatchObject({ sectionId: null, unitId: 'U9' });
  });

  it('encodes the global id of a section as the server does', () => {
    expect(globalId('Section', '4')).toBe('U2VjdGlvbjo0');
    expect(globalId('Section', '10')).toBe('U2VjdGlvbjoxMA');
    expect(globalId('Unit', '17')).toBe('VW5pdDoxNw');
  });
});

describe("the analytics summaries' filter", () => {
  it('passes fund family, section and unit, and nothing for the whole portfolio or a grade alone', () => {
    const none = { fundFamily: null, sectionId: null, unitId: null, grade: null };
    expect(analyticsFilter(none)).toBeNull();
    expect(analyticsFilter({ ...none, grade: 'MEDIUM' })).toBeNull();
    expect(analyticsFilter({ ...none, fundFamily: 'SPECIAL_BOND', grade: 'MEDIUM' })).toEqual({
      fundFamily: 'SPECIAL_BOND',
      sectionId: null,
      unitId: null,
    });
    expect(analyticsFilter({ ...none, unitId: 'VW5pdDoxNw' })).toEqual({
      fundFamily: null,
      sectionId: null,
      unitId: 'VW5pdDoxNw',
    });
  });
});
