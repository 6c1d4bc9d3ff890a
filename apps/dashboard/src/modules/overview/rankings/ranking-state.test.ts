import { describe, expect, it } from 'vitest';
import { LOADING, ready } from '../../../app/loadable';
import { panelState, rankingFilter, signedPoints } from './ranking-state';

describe('ranking panels', () => {
  it('take the scope as the one filter, the grade included', () => {
    expect(rankingFilter({ fundFamily: null, section: null, unit: null, grade: null })).toBeNull();
    expect(rankingFilter({ fundFamily: null, section: 'jkw', unit: null, grade: 'POOR' })).toEqual({
      fundFamily: null,
      sectionId: null,
      sectionCode: 'jkw',
      unitId: null,
      unitCode: null,
      grade: 'POOR',
    });
    expect(rankingFilter({ fundFamily: null, section: null, unit: null, grade: 'MEDIUM' })).toEqual({
      grade: 'MEDIUM',
    });
  });

  it('are empty when the answer counts nothing', () => {
    expect(panelState(LOADING, () => 1)).toBe('loading');
    expect(panelState({ status: 'error', message: 'x' }, () => 1)).toBe('error');
    expect(panelState(ready({ n: 0 }), (d) => d.n)).toBe('empty');
    expect(panelState(ready({ n: 3 }), (d) => d.n)).toBe('ready');
  });

  it('sign a gap in percentage points', () => {
    expect(signedPoints(-0.30833)).toBe('-30.8');
    expect(signedPoints(0.011)).toBe('+1.1');
    expect(signedPoints(0.0001)).toBe('0.0');
    expect(signedPoints(0)).toBe('0.0');
  });
});
