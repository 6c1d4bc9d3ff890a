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
  parseGrade,
  idOrCode,
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

  it('reads a grade written as people share it: 差, 中 or Poor, as well as POOR', () => {
    expect(parseGrade('差')).toBe('POOR');
    expect(parseGrade('中')).toBe('MEDIUM');
    expect(parseGrade('poor')).toBe('POOR');
    expect(parseGrade('Excellent')).toBe('EXCELLENT');
    expect(parseGrade('GOOD')).toBe('GOOD');
    expect(parseGrade('A')).toBeNull();
    expect(parseGrade(null)).toBeNull();
    expect(parseCrossFilter(new URLSearchParams('grade=%E5%B7%AE')).grade).toBe('POOR');
  });

  it('reads a section or unit from the address by code, and still by id in older addresses', () => {
    expect(idOrCode('Unit', globalId('Unit', '42'))).toEqual({ id: globalId('Unit', '42'), code: null });
    expect(idOrCode('Section', 'U2VjdGlvbjo0')).toEqual({ id: 'U2VjdGlvbjo0', code: null });
    expect(idOrCode('Unit', '901001')).toEqual({ id: null, code: '901001' });
    expect(idOrCode('Unit', 'jyj')).toEqual({ id: null, code: 'jyj' });
    expect(idOrCode('Section', 'sec-jkw')).toEqual({ id: null, code: 'sec-jkw' });
    // A section's id is not a unit's.
    expect(idOrCode('Unit', 'U2VjdGlvbjo0')).toEqual({ id: null, code: 'U2VjdGlvbjo0' });
    expect(idOrCode('Unit', null)).toEqual({ id: null, code: null });
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
