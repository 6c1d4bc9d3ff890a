/** An indicator as a targets adjustment stores it (before, or proposed). */
export interface DraftIndicator {
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure?: string | null;
  weight: number | string;
  isKey?: boolean | null;
}

/** The fields of an indicator a reviewer compares. */
export const COMPARED_FIELDS = [
  'level2',
  'comparator',
  'targetValue',
  'targetText',
  'unitOfMeasure',
  'weight',
  'isKey',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type IndicatorChange =
  | { kind: 'unchanged' | 'changed'; before: DraftIndicator; after: DraftIndicator; changed: ComparedField[] }
  | { kind: 'added'; before: null; after: DraftIndicator; changed: [] }
  | { kind: 'removed'; before: DraftIndicator; after: null; changed: [] };

/** "1,000.50", "1000.5000" and "1000.5" are one value; decimals compared as text, never as floats. */
export function sameDecimal(a: string | number | null | undefined, b: string | number | null | undefined): boolean {
  const norm = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    const text = String(v).replace(/[\s,，]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
    const [whole, frac = ''] = text.split('.');
    const digits = whole!.replace(/^(-?)0+(?=\d)/, '$1');
    const decimals = frac.replace(/0+$/, '');
    return decimals ? `${digits}.${decimals}` : digits;
  };
  return norm(a) === norm(b);
}

const text = (v: string | null | undefined) => (v ?? '').trim();

function changedFields(before: DraftIndicator, after: DraftIndicator): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => {
    switch (f) {
      case 'targetValue':
      case 'weight':
        return !sameDecimal(before[f], after[f]);
      case 'isKey':
        return !!before.isKey !== !!after.isKey;
      default:
        return text(before[f]) !== text(after[f]);
    }
  });
}

const keyOf = (i: DraftIndicator) => `${i.level1}\u0000${i.name.trim()}`;

/**
 * The before → after comparison of an adjustment, one line per indicator: an indicator is the same one
 * when its level 1 and name are; the lines follow the proposed order, each removed indicator after them.
 */
export function indicatorChanges(
  before: readonly DraftIndicator[],
  after: readonly DraftIndicator[],
): IndicatorChange[] {
  const unmatched = new Map<string, number[]>();
  before.forEach((b, i) => unmatched.set(keyOf(b), [...(unmatched.get(keyOf(b)) ?? []), i]));
  const used = new Set<number>();
  const lines: IndicatorChange[] = after.map((a) => {
    const i = unmatched.get(keyOf(a))?.shift();
    if (i === undefined) return { kind: 'added', before: null, after: a, changed: [] };
    used.add(i);
    const b = before[i]!;
    const changed = changedFields(b, a);
    return { kind: changed.length ? 'changed' : 'unchanged', before: b, after: a, changed };
  });
  before.forEach((b, i) => {
    if (!used.has(i)) lines.push({ kind: 'removed', before: b, after: null, changed: [] });
  });
  return lines;
}

/** How many lines of each kind: the summary shown before the detail. */
export function changeCounts(lines: readonly IndicatorChange[]): Record<IndicatorChange['kind'], number> {
  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const l of lines) counts[l.kind]++;
  return counts;
}
