import type { TargetRowDraft } from './targets-form';

/** What a unit types to add an indicator of its own (自定义指标), one not in the library. */
export interface OwnIndicatorDraft {
  level1: string;
  level2: string;
  name: string;
  comparator: string;
}

export const EMPTY_OWN_INDICATOR: OwnIndicatorDraft = { level1: 'OUTPUT', level2: '', name: '', comparator: 'GE' };

const NEEDED = {
  name: { zh: '请填写指标名称', en: 'enter the indicator’s name' },
  level2: { zh: '请填写二级指标', en: 'enter the level-2 category' },
};

/**
 * The row of an own indicator (no library template, so the server and the reviewers see it as the unit's
 * own); or the fields still missing. Value, unit and weight are then typed in the row like any other.
 */
export function ownIndicatorRow(
  d: OwnIndicatorDraft,
  lang: 'zh' | 'en',
): { row: TargetRowDraft; fields: null } | { row: null; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!d.name.trim()) fields.name = NEEDED.name[lang];
  if (!d.level2.trim()) fields.level2 = NEEDED.level2[lang];
  if (Object.keys(fields).length > 0) return { row: null, fields };
  return {
    row: {
      templateId: null,
      level1: d.level1,
      level2: d.level2.trim(),
      name: d.name.trim(),
      comparator: d.comparator,
      targetValue: '',
      targetText: '',
      unitOfMeasure: '',
      weight: '',
      isKey: false,
    },
    fields: null,
  };
}
