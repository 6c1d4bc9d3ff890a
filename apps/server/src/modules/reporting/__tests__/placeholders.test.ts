import { describe, expect, it } from 'vitest';
import { FIGURES, PlaceholderError, fillTemplate, parseTemplate, type FigureValue } from '../placeholders.js';
import { DEFAULT_SECTIONS } from '../default-template.js';

const values = new Map<string, FigureValue>([
  ['year', { kind: 'text', value: '2023' }],
  ['targets.projectCount', { kind: 'count', value: 321 }],
  ['targets.budget', { kind: 'money', yuan: '645012345.67' }],
  ['checkpoint1.executionRate', { kind: 'rate', numerator: 13300n, denominator: 46800n }],
  ['department.excellentShare', { kind: 'share', numerator: 82n, denominator: 90n }],
]);

describe('the template’s placeholders', () => {
  it('fill each figure in its default format: 亿 with two decimals, rates to a tenth of a percent, shares whole', () => {
    expect(
      fillTemplate(
        '{{year}}年{{targets.projectCount}}个，{{targets.budget}}亿元，执行率{{checkpoint1.executionRate}}%，优{{department.excellentShare}}%',
        values,
      ),
    ).toBe('2023年321个，6.45亿元，执行率28.4%，优91%');
  });

  it('take a unit and decimals after the name, spaces allowed', () => {
    expect(fillTemplate('{{ targets.budget | 万 : 1 }}|{{targets.budget|元}}|{{targets.budget|亿:0}}', values)).toBe(
      '64501.2|645012345.67|6',
    );
    expect(fillTemplate('{{department.excellentShare|%:2}}', values)).toBe('91.11');
  });

  it('render a known figure the year lacks (a second checkpoint) as a dash', () => {
    expect(fillTemplate('{{checkpoint2.projectCount}}', values)).toBe('—');
  });

  it.each([
    ['{{targets.nope}}', /unknown placeholder \{\{targets\.nope\}\}/],
    ['{{ }}', /unknown placeholder/],
    ['{{targets.projectCount|亿}}', /unit can only be none/],
    ['{{targets.budget|%}}', /unit can only be 亿, 万, 元/],
    ['{{targets.projectCount:1}}', /decimals/],
    ['{{targets.budget|万:5}}', /decimals/],
    ['{{year', /braces/],
    ['year}}', /braces/],
    ['{{year}}}}', /braces/],
  ])('refuse %s', (text, message) => {
    expect(() => parseTemplate(text)).toThrow(PlaceholderError);
    expect(() => parseTemplate(text)).toThrow(message);
  });

  it('are all known in the default template, and every figure of the catalogue has a distinct name', () => {
    for (const s of DEFAULT_SECTIONS) {
      expect(() => parseTemplate(s.title)).not.toThrow();
      expect(() => parseTemplate(s.body)).not.toThrow();
    }
    expect(new Set(FIGURES.map((f) => f.name)).size).toBe(FIGURES.length);
  });
});
