import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';

/** The date part of a date or timestamp the API gives (YYYY-MM-DD). */
export const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '—');

export function useCheckpointName() {
  const { t } = useI18n();
  return (c: { month: number; scope: string } | null) =>
    c === null
      ? '—'
      : t('tadjust.checkpointName', {
          name: checkpointName(t, c.month),
          scope: t(`cp.scope.${c.scope}` as MessageKey),
        });
}

export function AdjustmentBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useI18n();
  const tone = status === 'APPROVED' ? 'confirmed' : status === 'REJECTED' ? 'draft' : 'submitted';
  return (
    <span className={`badge badge--state-${tone}`} data-testid={testId} data-status={status}>
      {t(`tadjust.status.${status}` as MessageKey)}
    </span>
  );
}
