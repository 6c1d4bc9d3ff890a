import type { IndicatorDraftInput } from '../../generated/graphql';
import { rowFromIndicator, targetIndicators, type TargetRowDraft } from './targets-form';

// Transfer-payment splits (转移支付目标分解) in the targets editor and the performance section's tab.
// Values are measures with up to four decimals: added exactly as scaled integers, never as floats.

/** A row of the targets editor that may carry a share of an upper-level target. */
export type LinkedRow = TargetRowDraft & { transferIndicatorId?: string | null };

const SCALE = 4;

/** A decimal string ("-12.5") as an integer of ten-thousandths; null when it is not a number. */
export function toScaled(value: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(value.trim().replace(/,/g, ''));
  if (!m) return null;
  const n = BigInt(m[2]!) * 10n ** BigInt(SCALE) + BigInt((m[3] ?? '').padEnd(SCALE, '0'));
  return m[1] ? -n : n;
}

/** Ten-thousandths back to a decimal string without trailing zeros ("12.5", "0"). */
export function fromScaled(n: bigint): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const unit = 10n ** BigInt(SCALE);
  const frac = (abs % unit).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${abs / unit}${frac ? `.${frac}` : ''}`;
}

/** Whether a split is short (still to split), exact, or over the upper value, from its difference. */
export function splitTone(difference: string): 'ok' | 'short' | 'over' {
  const d = toScaled(difference) ?? 0n;
  return d === 0n ? 'ok' : d > 0n ? 'short' : 'over';
}

/** A row from a saved indicator, keeping the upper target it carries a share of. */
export function rowWithLink(
  i: Parameters<typeof rowFromIndicator>[0] & { transferIndicator?: { id: string } | null },
): LinkedRow {
  return { ...rowFromIndicator(i), transferIndicatorId: i.transferIndicator?.id ?? null };
}

/** The indicators to save, each row's link to an upper target included (row i stays `indicators[i]`). */
export function linkedIndicators(rows: readonly LinkedRow[]): IndicatorDraftInput[] {
  return targetIndicators(rows).map((ind, i) => {
    const link = rows[i]?.transferIndicatorId;
    return link ? { ...ind, transferIndicatorId: link } : ind;
  });
}

interface TargetLike {
  id: string;
  name: string;
  level1: string;
  comparator: string;
  unitOfMeasure: string;
  upperValue: string;
  difference: string;
  splits: readonly { projectId: string; value: string }[];
}

export interface TransferOption {
  id: string;
  paymentName: string;
  name: string;
  level1: string;
  comparator: string;
  unitOfMeasure: string;
  upperValue: string;
  /** What this project may still take: the difference plus the project's own saved shares (which a save replaces). */
  left: string;
}

/** The upper targets a project's rows may pick, each with what is left for this project to take. */
export function transferOptions(
  payments: readonly { name: string; indicators: readonly TargetLike[] }[],
  projectId: string,
): TransferOption[] {
  return payments.flatMap((p) =>
    p.indicators.map((t) => {
      const own = t.splits
        .filter((s) => s.projectId === projectId)
        .reduce((sum, s) => sum + (toScaled(s.value) ?? 0n), 0n);
      return {
        id: t.id,
        paymentName: p.name,
        name: t.name,
        level1: t.level1,
        comparator: t.comparator,
        unitOfMeasure: t.unitOfMeasure,
        upperValue: t.upperValue,
        left: fromScaled((toScaled(t.difference) ?? 0n) + own),
      };
    }),
  );
}

/** Picking an upper target fills what the row must share with it (level 1, comparator, unit) when the row leaves it open. */
export function linkRow(row: LinkedRow, option: TransferOption | null): LinkedRow {
  if (!option) return { ...row, transferIndicatorId: null };
  return {
    ...row,
    transferIndicatorId: option.id,
    unitOfMeasure: row.unitOfMeasure.trim() ? row.unitOfMeasure : option.unitOfMeasure,
  };
}
