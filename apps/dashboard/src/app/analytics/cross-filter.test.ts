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
  countyFor,
  parseRef,
  pickedCounty,
  qualifiedRef,
  qualify,
  splitRef,
  refFilter,
  sameRef,
  scopeOf,
  toggle,
} from './cross-filter';

describe('the cross-filter in the URL', () => {
  it('reads fund family, section (by code) and grade, ignoring unknown values', () => {
    expect(parseCrossFilter(new URLSearchParams('ff=SPECIAL_BOND&section=jkw&grade=MEDIUM'))).toEqual({
      fundFamily: 'SPECIAL_BOND',
      section: 'jkw',
      grade: 'MEDIUM',
    });
    // An older address's global id is kept as it is: `idOrCode` tells it from a code.
    expect(parseCrossFilter(new URLSearchParams('section=U2VjdGlvbjo0')).section).toBe('U2VjdGlvbjo0');
    expect(parseCrossFilter(new URLSearchParams('ff=GOLD&grade=A&section=<script>'))).toEqual(NO_FILTER);
    expect(parseRef('sec-jkw')).toBe('sec-jkw');
    expect(parseRef('E2E-LX1')).toBe('E2E-LX1');
    expect(parseRef('a b')).toBeNull();
    expect(parseRef('x'.repeat(81))).toBeNull();
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

  it('matches a row to the address by code, or by id for an older address', () => {
    const row = { id: globalId('Section', '4'), code: 'jkw' };
    expect(sameRef('Section', 'jkw', row)).toBe(true);
    expect(sameRef('Section', 'U2VjdGlvbjo0', row)).toBe(true);
    expect(sameRef('Section', 'nyk', row)).toBe(false);
    expect(sameRef('Section', globalId('Section', '5'), row)).toBe(false);
    expect(sameRef('Section', null, row)).toBe(false);
  });

  it('writes back what it reads, and clears with nulls', () => {
    const filter = { fundFamily: 'GENERAL_PUBLIC' as const, section: 'jkw', grade: 'POOR' as const };
    expect(crossFilterParams(filter)).toEqual({ ff: 'GENERAL_PUBLIC', section: 'jkw', grade: 'POOR' });
    expect(crossFilterParams({ ...filter, section: null }).section).toBeNull();
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
    expect(analyticsFilter(scope)).toEqual({
      regionCode: '652823',
      fundFamily: null,
      sectionId: null,
      sectionCode: null,
      unitId: null,
      unitCode: null,
    });
    expect(analyticsFilter(scopeOf(NO_FILTER, { level: 'county' }))).toBeNull();
    expect(parseCounty('652823')).toBe('652823');
    expect(parseCounty('x; drop')).toBeNull();
    expect(parseCounty(null)).toBeNull();
  });

  it('lets the drill level replace the section filter', () => {
    const filter = { fundFamily: 'GENERAL_PUBLIC' as const, section: 'jkw', grade: null };
    expect(scopeOf(filter, { level: 'county' })).toEqual({
      regionCode: null,
      fundFamily: 'GENERAL_PUBLIC',
      section: 'jkw',
      unit: null,
      grade: null,
    });
    expect(scopeOf(filter, { level: 'section', section: 'nyk' }).section).toBe('nyk');
    expect(scopeOf(filter, { level: 'unit', unit: 'jyj' })).toMatchObject({ section: null, unit: 'jyj' });
  });

  it('names a row’s county with its code only when the viewer sees several counties and none is picked', () => {
    const county = scopeOf(NO_FILTER, { level: 'county' });
    const upper = scopeOf(NO_FILTER, { level: 'county' }, null, true);
    const picked = scopeOf(NO_FILTER, { level: 'county' }, '652823', true);
    expect(countyFor(county, '652823')).toBeNull();
    expect(countyFor(upper, '652899')).toBe('652899');
    expect(countyFor(picked, '652899')).toBe('652823');
    expect(picked.spansCounties).toBeUndefined();
  });

  it('names a row clicked above one county with none picked by its code qualified by its county, not by a pick', () => {
    const county = scopeOf(NO_FILTER, { level: 'county' });
    const upper = scopeOf(NO_FILTER, { level: 'county' }, null, true);
    const picked = scopeOf(NO_FILTER, { level: 'county' }, '652823', true);
    expect(qualify(upper, 'sec-jkw', '652899')).toBe('652899.sec-jkw');
    expect(qualify(picked, 'sec-jkw', '652899')).toBe('sec-jkw');
    expect(qualify(county, 'sec-jkw', '652823')).toBe('sec-jkw');
    expect(qualify(upper, 'sec-jkw', null)).toBe('sec-jkw');
    expect(qualifiedRef('652823', 'jyj')).toBe('652823.jyj');
  });

  it('reads a qualified code as its county and its code, and anything else as it is', () => {
    expect(splitRef('652823.sec-jkw')).toEqual({ county: '652823', ref: 'sec-jkw' });
    expect(splitRef('652899.jyj')).toEqual({ county: '652899', ref: 'jyj' });
    expect(splitRef('sec-jkw')).toEqual({ county: null, ref: 'sec-jkw' });
    expect(splitRef('901001')).toEqual({ county: null, ref: '901001' });
    expect(splitRef('E2E.LX1')).toEqual({ county: null, ref: 'E2E.LX1' });
    expect(splitRef('U2VjdGlvbjo0')).toEqual({ county: null, ref: 'U2VjdGlvbjo0' });
    expect(splitRef(null)).toEqual({ county: null, ref: null });
    // The address keeps the qualified code as it is; the scope splits it.
    expect(parseCrossFilter(new URLSearchParams('section=652823.sec-jkw')).section).toBe('652823.sec-jkw');
  });

  it('limits the figures to a qualified section’s county while the picker still shows every county', () => {
    const filter = { ...NO_FILTER, section: '652899.sec-jkw' };
    const scope = scopeOf(filter, { level: 'county' }, null, true);
    expect(scope).toEqual({
      regionCode: '652899',
      spansCounties: true,
      fundFamily: null,
      section: 'sec-jkw',
      unit: null,
      grade: null,
    });
    expect(pickedCounty(scope)).toBeNull();
    expect(analyticsFilter(scope)).toMatchObject({ regionCode: '652899', sectionCode: 'sec-jkw', sectionId: null });
    // The same figures as the older address that picked the county beside the plain code.
    const older = scopeOf({ ...NO_FILTER, section: 'sec-jkw' }, { level: 'county' }, '652899', true);
    expect(analyticsFilter(older)).toEqual(analyticsFilter(scope));
    expect(pickedCounty(older)).toBe('652899');
    // Clearing the chip: no county is left behind.
    const cleared = scopeOf({ ...filter, section: null }, { level: 'county' }, null, true);
    expect(cleared.regionCode).toBeNull();
    expect(analyticsFilter(cleared)).toBeNull();
    // Drilled sections and units are read the same way; a county picked prevails over a qualifier.
    expect(scopeOf(NO_FILTER, { level: 'section', section: '652899.sec-jkw' }, null, true)).toMatchObject({
      regionCode: '652899',
      section: 'sec-jkw',
    });
    expect(scopeOf(NO_FILTER, { level: 'unit', unit: '652899.jyj' }, null, true)).toMatchObject({
      regionCode: '652899',
      section: null,
      unit: 'jyj',
    });
    expect(scopeOf(filter, { level: 'county' }, '652823', true)).toMatchObject({
      regionCode: '652823',
      section: 'sec-jkw',
    });
    expect(pickedCounty(scopeOf(filter, { level: 'county' }, '652823', true))).toBe('652823');
    // A project list's county for a unit row of the section: the section's.
    expect(countyFor(scope, '652899')).toBe('652899');
  });

  it('matches a qualified code to the row of that county only', () => {
    const ours = { id: globalId('Section', '4'), code: 'sec-jkw', regionCode: '652823' };
    const theirs = { id: globalId('Section', '9'), code: 'sec-jkw', regionCode: '652899' };
    expect(sameRef('Section', '652899.sec-jkw', theirs)).toBe(true);
    expect(sameRef('Section', '652899.sec-jkw', ours)).toBe(false);
    expect(sameRef('Section', 'sec-jkw', ours)).toBe(true);
    expect(sameRef('Section', '652899.sec-jkw', { id: '', code: 'sec-jkw' })).toBe(false);
  });

  it('encodes the global id of a section as the server does', () => {
    expect(globalId('Section', '4')).toBe('U2VjdGlvbjo0');
    expect(globalId('Section', '10')).toBe('U2VjdGlvbjoxMA');
    expect(globalId('Unit', '17')).toBe('VW5pdDoxNw');
  });
});

describe("the analytics summaries' filter", () => {
  it('passes fund family, section and unit, and nothing for the whole portfolio or a grade alone', () => {
    const none = { fundFamily: null, section: null, unit: null, grade: null };
    const refs = { sectionId: null, sectionCode: null, unitId: null, unitCode: null };
    expect(analyticsFilter(none)).toBeNull();
    expect(analyticsFilter({ ...none, grade: 'MEDIUM' })).toBeNull();
    expect(analyticsFilter({ ...none, fundFamily: 'SPECIAL_BOND', grade: 'MEDIUM' })).toEqual({
      fundFamily: 'SPECIAL_BOND',
      ...refs,
    });
    // Codes go as sectionCode and unitCode; an older address's ids as ids.
    expect(analyticsFilter({ ...none, section: 'jkw', unit: 'jyj' })).toEqual({
      fundFamily: null,
      ...refs,
      sectionCode: 'jkw',
      unitCode: 'jyj',
    });
    expect(analyticsFilter({ ...none, unit: 'VW5pdDoxNw' })).toEqual({
      fundFamily: null,
      ...refs,
      unitId: 'VW5pdDoxNw',
    });
    expect(refFilter({ section: 'U2VjdGlvbjo0', unit: null })).toEqual({ ...refs, sectionId: 'U2VjdGlvbjo0' });
  });
});
