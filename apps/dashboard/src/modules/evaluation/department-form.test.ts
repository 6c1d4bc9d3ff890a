import { describe, expect, it } from 'vitest';
import {
  confirmedSelection,
  defaultSeed,
  departmentEvaluationOf,
  departmentScoreVariables,
  departmentState,
  isoDate,
  lockedProjects,
  otherYears,
  parseScore,
  pendingSamples,
  pickableProjects,
  ruleShare,
  sameSelection,
  sampleProgress,
  seedVariable,
  togglePick,
} from './department-form';

const project = (
  id: string,
  code: string,
  targetStatus: string,
  evaluations: { kind: string; status: string }[] = [],
) => ({ id, code, targetStatus, evaluations });

describe('the pick for department evaluation', () => {
  const projects = [
    project('p3', '2023-tsg-003', 'APPROVED', [{ kind: 'SELF', status: 'FINAL' }]),
    project('p1', '2023-tsg-001', 'APPROVED', [{ kind: 'DEPARTMENT', status: 'FINAL' }]),
    project('p2', '2023-tsg-002', 'SUBMITTED'),
    project('p4', '2023-tsg-004', 'APPROVED', [{ kind: 'DEPARTMENT', status: 'DRAFT' }]),
  ];

  it('offers only the projects with approved targets, by code', () => {
    expect(pickableProjects(projects).map((p) => p.id)).toEqual(['p1', 'p3', 'p4']);
  });

  it('starts from the selection the server holds, and keeps recorded ones picked', () => {
    expect(confirmedSelection(projects)).toEqual(['p1', 'p4']);
    expect([...lockedProjects(projects)]).toEqual(['p1']);
    const locked = lockedProjects(projects);
    expect(togglePick(['p1', 'p4'], 'p1', locked)).toEqual(['p1', 'p4']);
    expect(togglePick(['p4', 'p1'], 'p4', locked)).toEqual(['p1']);
    expect(togglePick(['p4', 'p1'], 'p3', locked)).toEqual(['p1', 'p3', 'p4']);
  });

  it('tells an unchanged selection whatever the order', () => {
    expect(sameSelection(['p4', 'p1'], ['p1', 'p4'])).toBe(true);
    expect(sameSelection(['p1'], ['p1', 'p4'])).toBe(false);
    expect(sameSelection(['p1', 'p3'], ['p1', 'p4'])).toBe(false);
  });

  it('says where each project stands', () => {
    const [p3, p1, , p4] = projects;
    expect(departmentState(p1!, true)).toBe('final');
    expect(departmentState(p4!, true)).toBe('draft');
    expect(departmentState(p4!, false)).toBe('removing');
    expect(departmentState(p3!, true)).toBe('unsaved');
    expect(departmentState(p3!, false)).toBe('none');
    expect(departmentEvaluationOf(p3!.evaluations)).toBeNull();
  });

  it('points to the other years that still have evaluations to record', () => {
    expect(otherYears([{ year: 2024 }, { year: 2023 }, { year: 2022 }, { year: 2023 }], 2024)).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 2 },
    ]);
    expect(otherYears([{ year: 2024 }], 2024)).toEqual([]);
  });

  it('reads the rule’s minimum share from the year’s rules, the default when missing', () => {
    expect(
      ruleShare({ departmentEvaluation: { minBudgetShare: { numerator: 25, denominator: 100 } } }, 'department'),
    ).toBe(0.25);
    expect(ruleShare({ authenticity: { minSampleShare: { numerator: 3, denominator: 20 } } }, 'authenticity')).toBe(
      0.15,
    );
    expect(ruleShare(null, 'department')).toBe(0.2);
    expect(ruleShare({ authenticity: { minSampleShare: { numerator: 1, denominator: 0 } } }, 'authenticity')).toBe(0.1);
  });
});

describe('the department evaluation’s score', () => {
  const evaluation = { id: 'e1', version: 3 };

  it('sends the score as a number, the explanation trimmed, with the version read', () => {
    expect(departmentScoreVariables(evaluation, { score: ' 88.5 ', explanation: ' 目标基本完成 ' }, 'zh')).toEqual({
      variables: { id: 'e1', score: 88.5, explanation: '目标基本完成', version: 3 },
      fields: null,
    });
  });

  it('names the score field when it is not a number from 0 to 100, in the reader’s language', () => {
    expect(departmentScoreVariables(evaluation, { score: '105', explanation: '' }, 'en')).toEqual({
      variables: null,
      fields: { score: 'enter a score from 0 to 100' },
    });
    expect(departmentScoreVariables(evaluation, { score: '', explanation: '' }, 'zh').fields).toEqual({
      score: '请填写 0–100 之间的得分',
    });
  });

  it('reads scores from 0 to 100, full-width digits too', () => {
    expect(parseScore('0')).toBe(0);
    expect(parseScore('100')).toBe(100);
    expect(parseScore('８８．５')).toBe(88.5);
    expect(parseScore('100.01')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseScore('九十')).toBeNull();
  });
});

describe('the authenticity sample', () => {
  it('proposes a seed from the day and a word, which the reader can change', () => {
    const day = new Date(2024, 5, 3, 10, 0);
    expect(isoDate(day)).toBe('2024-06-03');
    expect(defaultSeed(day, 'zh', () => 0)).toBe('2024-06-03-胡杨');
    expect(defaultSeed(day, 'en', () => 0.999999)).toBe('2024-06-03-saxaul');
    expect(defaultSeed(day, 'zh')).toMatch(/^2024-06-03-\p{Script=Han}+$/u);
  });

  it('sends the seed trimmed, and refuses an empty one at its field', () => {
    expect(seedVariable(' 2024-06-03-胡杨 ', 'zh')).toEqual({ seed: '2024-06-03-胡杨', fields: null });
    expect(seedVariable('  ', 'en')).toEqual({ seed: null, fields: { seed: 'enter a seed' } });
  });

  it('points to the samples of other years with checks still to record', () => {
    const done = { year: 2022, checks: [{ result: 'PASSED' }, { result: 'FAILED' }] };
    const open = { year: 2025, checks: [{ result: 'PENDING' }, { result: 'PASSED' }, { result: 'PENDING' }] };
    expect(pendingSamples([open, null, done, { year: 2023, checks: [{ result: 'PENDING' }] }])).toEqual([
      { year: 2023, count: 1 },
      { year: 2025, count: 2 },
    ]);
    expect(pendingSamples([null, undefined, done])).toEqual([]);
  });

  it('counts the checks done and failed', () => {
    expect(sampleProgress([{ result: 'PENDING' }, { result: 'PASSED' }, { result: 'FAILED' }])).toEqual({
      size: 3,
      done: 2,
      failed: 1,
    });
    expect(sampleProgress([])).toEqual({ size: 0, done: 0, failed: 0 });
  });
});
