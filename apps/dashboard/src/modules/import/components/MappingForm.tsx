import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { mappingOf } from '../import-view';

export interface FieldOption {
  field: string;
  labelZh: string;
  labelEn: string;
  required: boolean;
}

/** The mapping step: each heading the server did not recognise gets a field, then the file is previewed again. */
export function MappingForm({
  unknownHeadings,
  missingFields,
  fields,
  busy,
  onSubmit,
}: {
  unknownHeadings: readonly string[];
  missingFields: readonly string[];
  fields: readonly FieldOption[];
  busy: boolean;
  onSubmit: (mapping: { heading: string; field: string }[]) => void;
}) {
  const { t, lang } = useI18n();
  const [choices, setChoices] = useState<Record<string, string | undefined>>({});
  const label = (f: FieldOption) => `${lang === 'zh' ? f.labelZh : f.labelEn}${f.required ? ' *' : ''}`;
  const missingLabels = missingFields.map((m) => fields.find((f) => f.field === m)).filter((f) => f !== undefined);
  return (
    <div className="import-mapping" data-testid="import-mapping">
      <p className="notice">{t('import.needsMapping')}</p>
      <p className="import-mapping__missing">
        {t('import.missing', { fields: missingLabels.map((f) => label(f)).join(lang === 'zh' ? '、' : ', ') })}
      </p>
      <table className="jx-table import-mapping__table">
        <caption className="jx-visually-hidden">{t('import.mapping')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mappingHeading')}</th>
            <th scope="col">{t('import.mappingField')}</th>
          </tr>
        </thead>
        <tbody>
          {unknownHeadings.map((h) => (
            <tr key={h}>
              <td>{h}</td>
              <td>
                <select
                  value={choices[h] ?? ''}
                  onChange={(e) => setChoices({ ...choices, [h]: e.target.value })}
                  data-testid={`map-${h}`}
                >
                  <option value="">{t('import.ignore')}</option>
                  {fields.map((f) => (
                    <option key={f.field} value={f.field}>
                      {label(f)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => onSubmit(mappingOf(choices))}
        data-testid="import-remap"
      >
        {t('import.remap')}
      </button>
    </div>
  );
}
