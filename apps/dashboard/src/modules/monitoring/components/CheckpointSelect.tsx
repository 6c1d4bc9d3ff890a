import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';

/** The open checkpoint a list is of, when more than one is open. */
export function CheckpointSelect({
  open,
  value,
  onChange,
  testId,
}: {
  open: readonly { id: string; month: number }[];
  value: string;
  onChange: (id: string) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <label className="field field--inline">
      <span>{t('report.checkpoint')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {open.map((c) => (
          <option key={c.id} value={c.id}>
            {checkpointName(t, c.month)}
          </option>
        ))}
      </select>
    </label>
  );
}
