import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { useServices } from '../../../../test/support/services.js';

describe('RuleSetService', () => {
  const ctx = useServices();

  it('keeps the rules of a year that already has results, unchanged', async () => {
    const pes = await ctx.viewer('pes');
    const before = await ctx.services.ruleSets.forYear(pes.regionId, 2023);
    const changed = { ...DEFAULT_RULE_SET, keyEvaluation: { minProjects: 9, due: { month: 7, day: 20 } } };
    await expect(ctx.services.ruleSets.set(pes, 2023, changed, 'test')).rejects.toMatchObject({
      extensions: { code: 'INVALID_TRANSITION', field: 'year' },
    });
    expect(await ctx.services.ruleSets.forYear(pes.regionId, 2023)).toEqual(before);
  });

  it('sets the rules of a year without results, and the default stands for a year never set', async () => {
    const pes = await ctx.viewer('pes');
    expect(await ctx.services.ruleSets.forYear(pes.regionId, 2030)).toEqual({ rules: DEFAULT_RULE_SET, stored: false });
    const changed = { ...DEFAULT_RULE_SET, keyEvaluation: { minProjects: 6, due: { month: 7, day: 31 } } };
    await ctx.services.ruleSets.set(pes, 2030, changed, 'test');
    expect(await ctx.services.ruleSets.forYear(pes.regionId, 2030)).toEqual({ rules: changed, stored: true });
  });
});
