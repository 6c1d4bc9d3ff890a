import { describe, expect, it } from 'vitest';
import {
  computeVariables,
  initialSatisfaction,
  parseSatisfaction,
  placeMessages,
  ratingRules,
  ratingYearState,
  satisfactionChanged,
  satisfactionField,
} from './rating-form';

const agencies = [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }];

describe('the satisfaction form', () => {
  it('reads scores from 0 to 100 with two decimals at most', () => {
    expect(parseSatisfaction('0')).toBe(0);
    expect(parseSatisfaction(' 100 ')).toBe(100);
    expect(parseSatisfaction('88.25')).toBe(88.25);
    expect(parseSatisfaction('100.01')).toBeNull();
    expect(parseSatisfaction('120')).toBeNull();
    expect(parseSatisfaction('-1')).toBeNull();
    expect(parseSatisfaction('88.255')).toBeNull();
    expect(parseSatisfaction('')).toBeNull();
    expect(parseSatisfaction('九十')).toBeNull();
  });

  it('sends one satisfaction per agency, in the order listed', () => {
    expect(computeVariables(2024, agencies, { a1: '95', a2: ' 80.5', a3: '60' }, 'zh')).toEqual({
      variables: {
        year: 2024,
        satisfaction: [
          { agencyId: 'a1', satisfaction: 95 },
          { agencyId: 'a2', satisfaction: 80.5 },
          { agencyId: 'a3', satisfaction: 60 },
        ],
      },
      fields: null,
    });
  });

  it('names the field of each score it cannot send, as the server names it, in the reader’s language', () => {
    const result = computeVariables(2024, agencies, { a1: '95', a2: '150', a3: '' }, 'en');
    expect(result.variables).toBeNull();
    expect(result.fields).toEqual({
      'satisfaction[1].satisfaction': 'enter a score from 0 to 100, two decimals at most',
      'satisfaction[2].satisfaction': 'enter a score from 0 to 100, two decimals at most',
    });
    expect(satisfactionField(1)).toBe('satisfaction[1].satisfaction');
  });

  it('starts from the satisfaction entered last time for the year', () => {
    expect(
      initialSatisfaction(agencies, [
        { agencyId: 'a2', satisfaction: 82.5 },
        { agencyId: 'zz', satisfaction: 1 },
      ]),
    ).toEqual({ a1: '', a2: '82.5', a3: '' });
  });
});

describe('publishing what was computed', () => {
  const computed = [
    { agencyId: 'a1', satisfaction: 95 },
    { agencyId: 'a2', satisfaction: 80.5 },
    { agencyId: 'a3', satisfaction: 60 },
  ];

  it('sees no change while the typed scores are those computed, however written', () => {
    expect(satisfactionChanged(agencies, { a1: '95.00', a2: ' 80.5', a3: '60' }, computed)).toBe(false);
  });

  it('sees a change when a score was retyped, cleared, or never computed', () => {
    expect(satisfactionChanged(agencies, { a1: '95', a2: '81', a3: '60' }, computed)).toBe(true);
    expect(satisfactionChanged(agencies, { a1: '95', a2: '80.5', a3: '' }, computed)).toBe(true);
    expect(satisfactionChanged(agencies, { a1: '95', a2: '80.5', a3: '60' }, computed.slice(0, 2))).toBe(true);
  });
});

describe('the server’s messages', () => {
  it('puts a message about the i-th satisfaction sent at that agency, the others on the form', () => {
    const placed = placeMessages(
      {
        'satisfaction[2].satisfaction': '须为 0–100',
        'satisfaction[2].agencyId': '机构不存在',
        'satisfaction[0].agencyId': '机构不存在',
        'satisfaction[9].satisfaction': '越界',
        satisfaction: '缺少满意度',
      },
      agencies,
    );
    expect(placed.byAgency).toEqual({ a3: '须为 0–100；机构不存在', a1: '机构不存在' });
    expect(placed.other).toEqual({ 'satisfaction[9].satisfaction': '越界', satisfaction: '缺少满意度' });
  });
});

describe('the year’s rating state', () => {
  const rated = (year: number, published: boolean) => ({ year, published });

  it('is not computed while no agency has a rating of the year', () => {
    expect(ratingYearState([{ id: 'a1', ratings: [rated(2023, true)] }], 2024)).toEqual({
      state: 'none',
      rated: 0,
      published: 0,
    });
  });

  it('is computed while any rating of the year is unpublished, and published once all are', () => {
    const computed = [
      { id: 'a1', ratings: [rated(2023, true), rated(2024, false)] },
      { id: 'a2', ratings: [rated(2024, true)] },
    ];
    expect(ratingYearState(computed, 2024)).toEqual({ state: 'computed', rated: 2, published: 1 });
    expect(ratingYearState(computed, 2023)).toEqual({ state: 'published', rated: 1, published: 1 });
  });
});

describe('the rating rules', () => {
  it('reads the stored weights and bands, the defaults where left out', () => {
    expect(
      ratingRules({
        agencyRating: { weights: { quantity: 25, quality: 35, effect: 20, satisfaction: 20 }, bands: { A: 92 } },
      }),
    ).toEqual({
      weights: { quantity: 25, quality: 35, effect: 20, satisfaction: 20 },
      bands: { A: 92, B: 75, C: 60 },
    });
    expect(ratingRules(null).weights).toEqual({ quantity: 20, quality: 40, effect: 20, satisfaction: 20 });
  });
});
