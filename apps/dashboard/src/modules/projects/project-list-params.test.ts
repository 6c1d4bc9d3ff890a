import { describe, expect, it } from 'vitest';
import { parseListFilter, projectListPath } from './project-list-params';

describe('the project list address', () => {
  it('reads a flag measure with its checkpoint, and drops one without the other', () => {
    expect(parseListFilter(new URLSearchParams('measure=OPEN_RED&fm=8'))).toMatchObject({
      flagMeasure: 'OPEN_RED',
      flagMonth: 8,
    });
    expect(parseListFilter(new URLSearchParams('measure=OPEN_RED'))).toMatchObject({
      flagMeasure: null,
      flagMonth: null,
    });
    expect(parseListFilter(new URLSearchParams('measure=NOPE&fm=8')).flagMeasure).toBeNull();
  });

  it('ignores values it does not know', () => {
    expect(parseListFilter(new URLSearchParams('cp=13&ek=X&overdue=yes&agency=a%20b'))).toEqual({
      flagMeasure: null,
      flagMonth: null,
      checkpointMonth: null,
      agencyId: null,
      evaluationKind: null,
      overdue: null,
    });
  });

  it('writes a link that reads back the same', () => {
    const path = projectListPath({ year: 2023, measure: 'OPEN', fm: 5, cp: null, overdue: true, grade: '' });
    expect(path).toBe('/projects?year=2023&measure=OPEN&fm=5&overdue=1');
    expect(parseListFilter(new URLSearchParams(path.split('?')[1]))).toMatchObject({
      flagMeasure: 'OPEN',
      flagMonth: 5,
      overdue: true,
    });
  });
});
