import { describe, expect, it } from 'vitest';
import { mapGraphQLErrors, normaliseField } from './mutation-errors';

describe('mapping a mutation’s errors to the form', () => {
  it('puts a one-field error next to its field, without the field name the server puts in front', () => {
    const failure = mapGraphQLErrors(
      [
        {
          message: 'executed：执行数不能超过预算 100.00 元 / executed: cannot exceed the budget 100.00',
          extensions: { code: 'BAD_USER_INPUT', field: 'executed' },
        },
      ],
      'zh',
    );
    expect(failure.kind).toBe('BAD_USER_INPUT');
    expect(failure.fields).toEqual({ executed: '执行数不能超过预算 100.00 元' });
    expect(
      mapGraphQLErrors(
        [
          {
            message: 'executed：超过预算 / executed: over the budget',
            extensions: { code: 'BAD_USER_INPUT', field: 'executed' },
          },
        ],
        'en',
      ).fields,
    ).toEqual({
      executed: 'over the budget',
    });
  });

  it('maps every field of `extensions.fields` in the reader’s language, indexed paths included', () => {
    const errors = [
      {
        message: '输入有误 / Bad input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.actuals[0].explanation', zh: '须说明原因', en: 'explain why' },
            { field: 'indicators[2].targetValue', zh: '须填目标值', en: 'needs a value' },
          ],
        },
      },
    ];
    expect(mapGraphQLErrors(errors, 'zh').fields).toEqual({
      'actuals[0].explanation': '须说明原因',
      'indicators[2].targetValue': '须填目标值',
    });
    expect(mapGraphQLErrors(errors, 'en').fields['actuals[0].explanation']).toBe('explain why');
  });

  it.each([
    [
      'CONFLICT',
      '监控报告已被他人修改，请刷新后重试 / MonitoringReport was changed by someone else: reload and try again',
    ],
    ['INVALID_TRANSITION', '监控报告当前状态为 CONFIRMED / MonitoringReport is CONFIRMED'],
    ['FORBIDDEN', '无权执行此操作 / Not allowed for this user'],
    ['NOT_FOUND', '不存在 / Not found'],
  ] as const)('reads %s as its kind, with the message in the reader’s language', (code, message) => {
    const failure = mapGraphQLErrors([{ message, extensions: { code } }], 'en');
    expect(failure.kind).toBe(code);
    expect(failure.message).toBe(message.split(' / ')[1]);
    expect(failure.fields).toEqual({});
  });

  it('calls an unknown code OTHER', () => {
    expect(mapGraphQLErrors([{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], 'zh').kind).toBe(
      'OTHER',
    );
  });

  it('drops the `input.` prefix of nested input paths', () => {
    expect(normaliseField('input.executed')).toBe('executed');
    expect(normaliseField('actuals[1].actualValue')).toBe('actuals[1].actualValue');
  });
});
