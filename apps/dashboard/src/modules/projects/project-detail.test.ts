import { describe, expect, it } from 'vitest';
import { indicatorRows, reportMonths, targetText, type ProjectDetail } from './project-detail';

const INDICATOR = {
  id: 'I1',
  level1: 'OUTPUT',
  level2: '数量指标',
  name: '家庭经济困难学生资助人次',
  comparator: 'GE',
  targetValue: '1200',
  targetText: null,
  unitOfMeasure: '人次',
  weight: 20,
  isKey: true,
  custom: false,
};
const report = (month: number, planned: string, actual: string, verdict: string, deviation: string) => ({
  id: `R${month}`,
  checkpoint: { month, periodEnd: `2022-0${month}-31` },
  budget: '100.00',
  executed: '50.00',
  executionRate: 0.5,
  failed: false,
  failureReasons: [],
  status: 'CONFIRMED',
  submittedOn: null,
  indicatorActuals: [
    { indicator: { id: 'I1' }, plannedValue: planned, actualValue: actual, explanation: '', verdict, deviation },
  ],
});

describe('project detail', () => {
  it('writes a target with its comparator and unit, or the qualitative target', () => {
    expect(targetText(INDICATOR)).toBe('≥ 1200 人次');
    expect(targetText({ ...INDICATOR, comparator: 'QUALITATIVE', targetValue: null, targetText: '明显改善' })).toBe(
      '明显改善',
    );
  });

  it('lines up each indicator’s planned and actual values and the server’s verdict by checkpoint', () => {
    const project = {
      indicators: [INDICATOR],
      monitoringReports: [
        report(8, '800', '600', 'OFF_PLAN', '-0.2500'),
        report(5, '500', '496.05', 'ON_PLAN', '-0.0079'),
      ],
    } as unknown as ProjectDetail;
    const [row] = indicatorRows(project, 'zh');
    expect(row.level1).toBe('产出指标');
    expect(row.actuals.get(5)).toMatchObject({ planned: '500', actual: '496.05' });
    // The verdict and deviation are the server's, carried as they came.
    expect(row.actuals.get(8)).toMatchObject({ verdict: 'OFF_PLAN', deviation: '-0.2500' });
    expect(reportMonths(project)).toEqual([5, 8]);
  });
});
