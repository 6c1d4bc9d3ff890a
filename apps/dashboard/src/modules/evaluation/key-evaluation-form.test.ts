import { describe, expect, it } from 'vitest';
import {
  finalizeVariables,
  finalScore,
  hasKeyEvaluation,
  minKeyEvaluations,
  keyEvaluationRows,
  keyEvaluationVariables,
  latestRating,
  parseScore,
  selectedOnPage,
  toggleAll,
  toggleOne,
} from './key-evaluation-form';

describe('the agency’s key evaluation form', () => {
  const evaluation = { id: 'e1', version: 3 };
  const draft = {
    score: ' 86.5 ',
    reportName: ' 2024年义务教育项目重点评价报告.pdf ',
    findings: [
      { category: ' 资金管理 ', text: ' 资金拨付滞后 ', suggestion: ' 加快拨付 ' },
      { category: '', text: '绩效目标不够细化', suggestion: '' },
    ],
  };

  it('sends the score as a number, the report name and every finding trimmed, in order, with the version read', () => {
    expect(keyEvaluationVariables(evaluation, draft, 'zh')).toEqual({
      variables: {
        id: 'e1',
        version: 3,
        score: 86.5,
        reportName: '2024年义务教育项目重点评价报告.pdf',
        findings: [
          { category: '资金管理', text: '资金拨付滞后', suggestion: '加快拨付' },
          { category: '', text: '绩效目标不够细化', suggestion: '' },
        ],
      },
      fields: null,
    });
  });

  it('leaves the range to the server but names a score that is no number, in the reader’s language', () => {
    expect(keyEvaluationVariables(evaluation, { ...draft, score: '105' }, 'zh').variables?.score).toBe(105);
    expect(keyEvaluationVariables(evaluation, { ...draft, score: '八十' }, 'zh')).toEqual({
      variables: null,
      fields: { score: '请填写数字' },
    });
    expect(keyEvaluationVariables(evaluation, { ...draft, score: '' }, 'en')).toEqual({
      variables: null,
      fields: { score: 'enter a number' },
    });
  });

  it('keeps a blank finding so that the server names it at its row', () => {
    const built = keyEvaluationVariables(
      evaluation,
      { ...draft, findings: [...draft.findings, { category: '', text: '  ', suggestion: '' }] },
      'zh',
    );
    expect(built.variables?.findings).toHaveLength(3);
    expect(built.variables?.findings[2]).toEqual({ category: '', text: '', suggestion: '' });
  });

  it('reads scores typed with full-width digits', () => {
    expect(parseScore('８６．５')).toBe(86.5);
    expect(parseScore('90')).toBe(90);
    expect(parseScore('-1')).toBe(-1);
    expect(parseScore('86,5')).toBeNull();
    expect(parseScore('')).toBeNull();
  });
});

describe('the expert panel’s final result', () => {
  const evaluation = { id: 'e1', version: 4 };

  it('lets the agency’s score stand when the expert score is left empty', () => {
    expect(finalizeVariables(evaluation, '  ', 'zh')).toEqual({
      variables: { id: 'e1', version: 4, expertScore: null, notUpheldFindingIds: [] },
      fields: null,
    });
  });

  it('sends the expert score typed, or names it when it is no number', () => {
    expect(finalizeVariables(evaluation, '78.5', 'zh').variables).toEqual({
      id: 'e1',
      version: 4,
      expertScore: 78.5,
      notUpheldFindingIds: [],
    });
    expect(finalizeVariables(evaluation, 'abc', 'en')).toEqual({
      variables: null,
      fields: { expertScore: 'enter a number' },
    });
  });

  it('sends the findings the panel declines, in the report’s order, and only this evaluation’s', () => {
    const withFindings = { ...evaluation, findings: [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }] };
    expect(
      finalizeVariables(withFindings, '', 'zh', new Set(['f3', 'f1', 'elsewhere'])).variables?.notUpheldFindingIds,
    ).toEqual(['f1', 'f3']);
  });

  it('counts the expert score over the agency’s', () => {
    expect(finalScore({ score: 91, expertScore: 78.5 })).toBe(78.5);
    expect(finalScore({ score: 91, expertScore: null })).toBe(91);
    expect(finalScore({ score: null })).toBeNull();
  });
});

describe('assigning and listing key evaluations', () => {
  it('shows an agency’s latest rating', () => {
    expect(
      latestRating([
        { year: 2022, rating: 'B' },
        { year: 2023, rating: 'A' },
        { year: 2021, rating: 'C' },
      ])?.rating,
    ).toBe('A');
    expect(latestRating([])).toBeNull();
  });

  it('reads the least number of key evaluations from the year’s rules', () => {
    expect(minKeyEvaluations({ keyEvaluation: { minProjects: 5 }, evaluation: {} })).toBe(5);
    expect(minKeyEvaluations({ keyEvaluation: {} })).toBeNull();
    expect(minKeyEvaluations(null)).toBeNull();
  });

  it('knows a project that already has a key evaluation', () => {
    expect(hasKeyEvaluation({ evaluations: [{ kind: 'SELF' }, { kind: 'KEY' }] })).toBe(true);
    expect(hasKeyEvaluation({ evaluations: [{ kind: 'SELF' }] })).toBe(false);
  });

  it('lists the submitted ones (to finalize) first, then drafts, then final, by project code', () => {
    const rows = keyEvaluationRows([
      { status: 'FINAL', project: { code: 'A' } },
      { status: 'DRAFT', project: { code: 'B' } },
      { status: 'SUBMITTED', project: { code: 'D' } },
      { status: 'SUBMITTED', project: { code: 'C' } },
    ]);
    expect(rows.map((r) => `${r.status}:${r.project.code}`)).toEqual([
      'SUBMITTED:C',
      'SUBMITTED:D',
      'DRAFT:B',
      'FINAL:A',
    ]);
  });
});

describe('choosing evaluations to publish', () => {
  const page = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('checks every publishable row of the page, and unchecks them when all are checked', () => {
    const all = toggleAll(new Set(['a']), page);
    expect([...all].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggleAll(all, page)]).toEqual([]);
    expect([...toggleAll(new Set(), [])]).toEqual([]);
  });

  it('toggles one row', () => {
    expect([...toggleOne(new Set(['a']), 'b')].sort()).toEqual(['a', 'b']);
    expect([...toggleOne(new Set(['a']), 'a')]).toEqual([]);
  });

  it('publishes only what is checked and still on the page', () => {
    expect(selectedOnPage(new Set(['a', 'z', 'c']), page)).toEqual(['a', 'c']);
  });
});
