import { describe, it, expect } from 'vitest';
import {
  COMMON_LIBRARY,
  SECTOR_LIBRARY,
  type LibraryGroup,
  type LibraryIndicator,
  type LibraryLevel1,
} from '../indicator-library.js';

const LEVEL2_OF: Record<LibraryLevel1, string[]> = {
  OUTPUT: ['数量指标', '质量指标', '时效指标'],
  COST: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  BENEFIT: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  SATISFACTION: ['服务对象满意度指标'],
};

const count = (groups: LibraryGroup[]) => groups.reduce((sum, g) => sum + g.indicators.length, 0);
const allGroups = [...COMMON_LIBRARY, ...SECTOR_LIBRARY];
const allIndicators: LibraryIndicator[] = allGroups.flatMap((g) => g.indicators);

describe('indicator library demo data', () => {
  it('has 10 common categories with 183 level-3 indicators', () => {
    expect(COMMON_LIBRARY).toHaveLength(10);
    expect(count(COMMON_LIBRARY)).toBe(183);
    for (const g of COMMON_LIBRARY) {
      expect(g.indicators.length, g.name).toBeGreaterThanOrEqual(14);
      expect(g.indicators.length, g.name).toBeLessThanOrEqual(24);
    }
  });

  it('has 18 sectors with 538 level-3 indicators', () => {
    expect(SECTOR_LIBRARY).toHaveLength(18);
    expect(count(SECTOR_LIBRARY)).toBe(538);
    for (const g of SECTOR_LIBRARY) {
      expect(g.indicators.length, g.name).toBeGreaterThanOrEqual(24);
      expect(g.indicators.length, g.name).toBeLessThanOrEqual(36);
    }
  });

  it('uses unique group codes and names, and unique indicator codes across both libraries', () => {
    expect(new Set(allGroups.map((g) => g.code)).size).toBe(allGroups.length);
    expect(new Set(allGroups.map((g) => g.name)).size).toBe(allGroups.length);
    expect(new Set(allIndicators.map((i) => i.code)).size).toBe(allIndicators.length);
    for (const g of COMMON_LIBRARY) expect(g.code).toMatch(/^C\d{2}$/);
    for (const g of SECTOR_LIBRARY) expect(g.code).toMatch(/^S\d{2}$/);
    for (const g of allGroups) {
      expect(g.nameEn.length, g.code).toBeGreaterThan(0);
      for (const i of g.indicators) expect(i.code).toMatch(new RegExp(`^${g.code}-\\d{3}$`));
    }
  });

  it('keeps indicator names unique within each group and free of numbered padding', () => {
    for (const g of allGroups) {
      const names = g.indicators.map((i) => i.name);
      expect(new Set(names).size, g.name).toBe(names.length);
      for (const name of names) expect(name, g.name).not.toMatch(/指标\s*\d+$|\d+$/);
    }
  });

  it('gives every group OUTPUT, BENEFIT and SATISFACTION indicators', () => {
    for (const g of allGroups) {
      const kinds = new Set(g.indicators.map((i) => i.level1));
      expect(kinds.has('OUTPUT'), g.name).toBe(true);
      expect(kinds.has('BENEFIT'), g.name).toBe(true);
      expect(kinds.has('SATISFACTION'), g.name).toBe(true);
      const output = g.indicators.filter((i) => i.level1 === 'OUTPUT').length;
      expect(output * 2, `${g.name}: most indicators are OUTPUT`).toBeGreaterThan(g.indicators.length);
    }
  });

  it('places each level-2 name under its level-1 kind', () => {
    for (const i of allIndicators) expect(LEVEL2_OF[i.level1], i.code).toContain(i.level2);
  });

  it('marks exactly the non-qualitative indicators as quantitative, with unit and decimal value', () => {
    for (const i of allIndicators) {
      expect(i.quantitative, i.code).toBe(i.comparator !== 'QUALITATIVE');
      if (i.quantitative) {
        expect(i.unit, i.code).not.toBe('');
        expect(i.referenceValue, i.code).toMatch(/^\d+(\.\d+)?$/);
      } else {
        expect(i.unit, i.code).toBe('');
        expect(i.referenceValue.length, i.code).toBeGreaterThan(0);
      }
    }
  });
});
