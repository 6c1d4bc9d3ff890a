import { useI18n } from '../../../app/i18n/i18n';

export function YearPicker({ year, years, onChange }: { year: number; years: readonly number[]; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <label className="year-picker">
      <span>{t('overview.year')}</span>
      <select name="year" value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {t('common.yearOption', { year: y })}
          </option>
        ))}
      </select>
    </label>
  );
}
