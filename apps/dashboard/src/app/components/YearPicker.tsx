import { useI18n } from '../i18n/i18n';

export function YearPicker({
  year,
  years,
  onChange,
}: {
  year: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="year-picker">
      <span>{t('common.year')}</span>
      <select name="year" value={year} onChange={(e) => onChange(Number(e.target.value))} data-testid="year-picker">
        {years.map((y) => (
          <option key={y} value={y}>
            {t('common.yearOption', { year: y })}
          </option>
        ))}
      </select>
    </label>
  );
}
