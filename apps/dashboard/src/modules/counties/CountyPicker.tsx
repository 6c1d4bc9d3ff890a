import { useI18n } from '../../app/i18n/i18n';
import { placeName } from '../../app/i18n/translate';
import type { CountiesQuery } from '../../generated/graphql';

type County = CountiesQuery['counties'][number];

/** An upper level's county picker: every query of the page then takes that county (?county=). */
export function CountyPicker({
  counties,
  value,
  onChange,
}: {
  counties: readonly County[];
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <label className="year-picker">
      <span>{t('county.picker')}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid="county-picker"
        aria-label={t('county.picker')}
      >
        <option value="">{t('county.all', { count: counties.length })}</option>
        {counties.map((c) => (
          <option key={c.code} value={c.code}>
            {placeName(c, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
