import { describe, expect, it } from 'vitest';
import { cleanAmount } from '../work';
import { draftExecutionRate, initialDraft, reportVariables } from './report-form';
import { canFill, reportAt, reportState, targetText } from './report-rows';

describe('the monitoring report form', () => {
  const draft = {
    executed: ' 1,234,567.80 ',
    actuals: [
      { indicatorId: 'i1', actualValue: ' 900 ', explanation: '' },
      { indicatorId: 'i2', actualValue: '', explanation: ' 定性，按计划推进 ' },
    ],
  };

  it('sends the rows in the indicators’ order, trimmed, empty as null, the amount without separators', () => {
    expect(reportVariables({ projectId: 'p', checkpointId: 'c', version: null, draft })).toEqual({
      input: {
        projectId: 'p',
        checkpointId: 'c',
        executed: '1234567.80',
        actuals: [
          { indicatorId: 'i1', actualValue: '900', explanation: null },
          { indicatorId: 'i2', actualValue: null, explanation: '定性，按计划推进' },
        ],
      },
    });
  });

  it('sends the returned report’s version with a resubmission', () => {
    expect(reportVariables({ projectId: 'p', checkpointId: 'c', version: 3, draft }).input.version).toBe(3);
  });

  it('starts empty, or from the returned report’s values', () => {
    expect(initialDraft([{ id: 'i1' }], null)).toEqual({
      executed: '',
      actuals: [{ indicatorId: 'i1', actualValue: '', explanation: '' }],
    });
    expect(
      initialDraft([{ id: 'i1' }, { id: 'i2' }], {
        executed: '50.00',
        indicatorActuals: [{ actualValue: '3', explanation: '慢', indicator: { id: 'i2' } }],
      }),
    ).toEqual({
      executed: '50.00',
      actuals: [
        { indicatorId: 'i1', actualValue: '', explanation: '' },
        { indicatorId: 'i2', actualValue: '3', explanation: '慢' },
      ],
    });
  });

  it('shows the execution rate as typed', () => {
    expect(cleanAmount('1 000，5')).toBe('10005');
    expect(draftExecutionRate('481161.00', '4811610.00')).toBeCloseTo(0.1);
    expect(draftExecutionRate('', '100')).toBeNull();
    expect(draftExecutionRate('abc', '100')).toBeNull();
  });

  it('knows which reports a unit may fill: none yet, or returned', () => {
    const reports = [
      { status: 'DRAFT', checkpoint: { id: 'may' } },
      { status: 'CONFIRMED', checkpoint: { id: 'aug' } },
    ];
    expect(reportState(reportAt(reports, 'may'))).toBe('DRAFT');
    expect(canFill(reportState(reportAt(reports, 'may')))).toBe(true);
    expect(canFill(reportState(reportAt(reports, 'aug')))).toBe(false);
    expect(reportState(reportAt(reports, 'other'))).toBe('NONE');
  });

  it('writes a target with its comparator and unit, a qualitative one as its text', () => {
    expect(targetText({ comparator: 'GE', targetValue: '95', unitOfMeasure: '%' })).toBe('≥ 95 %');
    expect(
      targetText({ comparator: 'QUALITATIVE', targetValue: null, targetText: '持续提升', unitOfMeasure: '' }),
    ).toBe('持续提升');
  });
});
