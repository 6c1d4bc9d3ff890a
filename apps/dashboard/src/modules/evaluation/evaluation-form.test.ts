import { describe, expect, it } from 'vitest';
import { parseCompletion, selfEvaluationOf, selfEvaluationVariables } from './evaluation-form';

describe('the self-evaluation form', () => {
  const draft = {
    executed: ' 1,200,000.50 ',
    outputCompletion: '60',
    benefitCompletion: ' 55.5 ',
    satisfactionCompletion: '70%',
    explanation: ' 进度滞后 ',
  };

  it('sends numbers for the completions, the amount without separators, the explanation trimmed', () => {
    expect(selfEvaluationVariables('p1', draft, 'zh')).toEqual({
      variables: {
        projectId: 'p1',
        input: {
          executed: '1200000.50',
          outputCompletion: 60,
          benefitCompletion: 55.5,
          satisfactionCompletion: 70,
          explanation: '进度滞后',
        },
      },
      fields: null,
    });
  });

  it('names each field it cannot send, in the reader’s language', () => {
    const result = selfEvaluationVariables(
      'p1',
      { ...draft, executed: '', outputCompletion: '101', benefitCompletion: 'abc' },
      'en',
    );
    expect(result.variables).toBeNull();
    expect(Object.keys(result.fields ?? {}).sort()).toEqual(['benefitCompletion', 'executed', 'outputCompletion']);
    expect(result.fields?.outputCompletion).toBe('enter a number from 0 to 100');
    expect(selfEvaluationVariables('p1', { ...draft, satisfactionCompletion: '' }, 'zh').fields).toEqual({
      satisfactionCompletion: '请填写 0–100 之间的数',
    });
  });

  it('reads completions from 0 to 100', () => {
    expect(parseCompletion('0')).toBe(0);
    expect(parseCompletion('100')).toBe(100);
    expect(parseCompletion('99.5％')).toBe(99.5);
    expect(parseCompletion('-1')).toBeNull();
    expect(parseCompletion('100.1')).toBeNull();
    expect(parseCompletion('')).toBeNull();
  });

  it('finds the self-evaluation among a project’s evaluations', () => {
    expect(
      selfEvaluationOf([
        { kind: 'KEY', id: 'k' },
        { kind: 'SELF', id: 's' },
      ])?.id,
    ).toBe('s');
    expect(selfEvaluationOf([{ kind: 'KEY' }])).toBeNull();
  });
});
