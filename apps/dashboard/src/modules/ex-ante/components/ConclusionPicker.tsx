import { EX_ANTE_CONCLUSION_LABELS, EX_ANTE_CONCLUSIONS, type ExAnteConclusion } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { FieldError, fieldProps, type MutationFailure } from '../../work';

/** A radio group of the three conclusions, with its error under it. */
export function ConclusionPicker({
  scope,
  value,
  onChange,
  failure,
  name,
  autoFocus,
}: {
  scope: string;
  value: ExAnteConclusion | '';
  onChange: (c: ExAnteConclusion) => void;
  failure: MutationFailure | null;
  name: string;
  autoFocus?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="work-fieldset" {...fieldProps(scope, 'conclusion', failure)}>
      <legend>{t('exante.conclusion')}</legend>
      <div className="row-actions" style={{ flexWrap: 'wrap', gap: 16 }}>
        {EX_ANTE_CONCLUSIONS.map((c, i) => (
          <label key={c} className="checkbox">
            <input
              type="radio"
              name={name}
              value={c}
              checked={value === c}
              onChange={() => onChange(c)}
              autoFocus={autoFocus && i === 0}
              data-testid={`${scope}-conclusion-${c}`}
            />
            {EX_ANTE_CONCLUSION_LABELS[c][lang]}
          </label>
        ))}
      </div>
      <FieldError scope={scope} field="conclusion" failure={failure} />
    </fieldset>
  );
}
