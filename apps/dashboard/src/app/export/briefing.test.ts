import { describe, expect, it } from 'vitest';
import { wrapText } from './briefing';

// Each character 10 px wide.
const measure = (s: string) => s.length * 10;

describe('text wrapping on the briefing canvas', () => {
  it('breaks Chinese between characters and English at spaces', () => {
    expect(wrapText(measure, '预算绩效管理驾驶舱', 40)).toEqual(['预算绩效', '管理驾驶', '舱']);
    expect(wrapText(measure, 'budget performance', 120)).toEqual(['budget', 'performance']);
  });

  it('keeps lines of the text apart and cuts to the lines allowed with an ellipsis', () => {
    expect(wrapText(measure, 'ab\ncd', 100)).toEqual(['ab', 'cd']);
    expect(wrapText(measure, '一二三四五六七八', 30, 2)).toEqual(['一二三', '四五…']);
  });
});
