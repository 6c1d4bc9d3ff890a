import { describe, expect, it } from 'vitest';
import { en, zh } from './messages';
import { checkpointName, createTranslator, pickServerMessage, placeName } from './translate';

describe('the dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages, except the month written two ways', () => {
    const placeholders = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/^month(Name|Short)$/, 'month')).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});

describe('createTranslator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('zh');
    expect(t('kpi.projects.sub', { count: 101 })).toBe('其中年初预算项目 101 个');
    expect(t('kpi.projects.sub')).toBe('其中年初预算项目 {count} 个');
  });

  it('names checkpoints in each language', () => {
    expect(checkpointName(createTranslator('zh'), 8)).toBe('8月底');
    expect(checkpointName(createTranslator('en'), 5)).toBe('end of May');
  });
});

describe('pickServerMessage', () => {
  it.each([
    ['用户名或密码错误 / Wrong username or password', 'zh', '用户名或密码错误'],
    ['用户名或密码错误 / Wrong username or password', 'en', 'Wrong username or password'],
    ['Plain message', 'zh', 'Plain message'],
    [
      '预算科：全部数据（涉密单位仅计入合计）/ all (classified units in totals only)',
      'en',
      'all (classified units in totals only)',
    ],
    [
      '预算科：全部数据（涉密单位仅计入合计）/ all (classified units in totals only)',
      'zh',
      '预算科：全部数据（涉密单位仅计入合计）',
    ],
  ] as const)('%s in %s is %s', (message, lang, expected) => {
    expect(pickServerMessage(message, lang)).toBe(expected);
  });
});

describe('placeName', () => {
  it('names a place in English where the server knows its English name, in Chinese otherwise', () => {
    expect(placeName({ name: '尉犁县', nameEn: 'Yuli County' }, 'en')).toBe('Yuli County');
    expect(placeName({ name: '尉犁县', nameEn: 'Yuli County' }, 'zh')).toBe('尉犁县');
    expect(placeName({ name: '邻县', nameEn: null }, 'en')).toBe('邻县');
    expect(placeName({ name: '邻县' }, 'en')).toBe('邻县');
  });
});
