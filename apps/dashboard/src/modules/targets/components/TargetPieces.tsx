import { COMPARATOR_SYMBOLS, INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';

/** A value's words from a table of labels (an enum's), or the value itself. */
export function label(
  map: Record<string, { zh: string; en: string } | undefined>,
  key: string,
  lang: 'zh' | 'en',
): string {
  return map[key]?.[lang] ?? key;
}

/** ≥ ≤ = for a comparator, or the comparator itself. */
export function comparatorSymbol(comparator: string): string {
  return COMPARATOR_SYMBOLS[comparator as keyof typeof COMPARATOR_SYMBOLS] ?? comparator;
}

/** "产出指标 · 培训人次 ≥ 1000 人次 · 权重 40": one indicator on one line. */
export function indicatorSummary(
  i: {
    level1: string;
    name: string;
    comparator: string;
    targetValue?: string | null;
    targetText?: string | null;
    unitOfMeasure?: string | null;
    weight: number | string;
  },
  lang: 'zh' | 'en',
  weightWord: string,
  withName = true,
): string {
  const target =
    i.comparator === 'QUALITATIVE' ? (i.targetText ?? '') : `${i.targetValue ?? ''} ${i.unitOfMeasure ?? ''}`.trim();
  return `${label(INDICATOR_LEVEL1_LABELS, i.level1, lang)} · ${withName ? `${i.name} ` : ''}${COMPARATOR_SYMBOLS[i.comparator as keyof typeof COMPARATOR_SYMBOLS] ?? ''} ${target} · ${weightWord} ${Number(i.weight)}`;
}

/** Where a project's targets stand: draft, submitted, first-reviewed, returned or approved. */
export function TargetStatusBadge({ status, code }: { status: string; code: string }) {
  const { t } = useI18n();
  const tone =
    status === 'APPROVED'
      ? 'confirmed'
      : status === 'RETURNED'
        ? 'draft'
        : status === 'DRAFT'
          ? 'none'
          : status === 'FIRST_REVIEWED'
            ? 'reviewed'
            : 'submitted';
  return (
    <span className={`badge badge--state-${tone}`} data-testid={`target-status-${code}`} data-status={status}>
      {t(`targets.status.${status}` as MessageKey)}
    </span>
  );
}
