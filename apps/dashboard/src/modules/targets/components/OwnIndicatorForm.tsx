import { useState } from 'react';
import { COMPARATORS, COMPARATOR_SYMBOLS, INDICATOR_LEVEL1, INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { EMPTY_OWN_INDICATOR, ownIndicatorRow, type OwnIndicatorDraft } from '../own-indicator';
import type { TargetRowDraft } from '../targets-form';

/**
 * 自定义指标: an indicator the library does not have, added by the unit. It goes to the rows without a
 * template, so the reviewers see it marked as the unit's own.
 */
export function OwnIndicatorForm({ onAdd }: { onAdd: (row: TargetRowDraft) => void }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<OwnIndicatorDraft>(EMPTY_OWN_INDICATOR);
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = (patch: Partial<OwnIndicatorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const add = () => {
    const built = ownIndicatorRow(draft, lang);
    if (!built.row) {
      setFields(built.fields);
      return;
    }
    setFields({});
    onAdd(built.row);
    setDraft(EMPTY_OWN_INDICATOR);
  };
  const error = (field: string) =>
    fields[field] ? (
      <p className="field-error" id={`own-err-${field}`} role="alert" data-testid={`own-error-${field}`}>
        {fields[field]}
      </p>
    ) : null;
  const invalid = (field: string) =>
    fields[field] ? { 'aria-invalid': true, 'aria-describedby': `own-err-${field}` } : {};
  return (
    <fieldset className="work-fieldset own-indicator" data-testid="own-indicator">
      <legend>{t('targets.ownTitle')}</legend>
      <p className="work-hint">{t('targets.ownHint')}</p>
      <div className="own-indicator__fields">
        <label className="field">
          <span>{t('targets.ownLevel1')}</span>
          <select value={draft.level1} onChange={(e) => set({ level1: e.target.value })} data-testid="own-level1">
            {INDICATOR_LEVEL1.map((l) => (
              <option key={l} value={l}>
                {INDICATOR_LEVEL1_LABELS[l][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('targets.ownLevel2')}</span>
          <input
            value={draft.level2}
            onChange={(e) => set({ level2: e.target.value })}
            placeholder={t('targets.ownLevel2Hint')}
            data-testid="own-level2"
            {...invalid('level2')}
          />
          {error('level2')}
        </label>
        <label className="field own-indicator__name">
          <span>{t('targets.ownName')}</span>
          <input
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            data-testid="own-name"
            {...invalid('name')}
          />
          {error('name')}
        </label>
        <label className="field">
          <span>{t('targets.ownComparator')}</span>
          <select
            value={draft.comparator}
            onChange={(e) => set({ comparator: e.target.value })}
            data-testid="own-comparator"
          >
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {c === 'QUALITATIVE' ? t('targets.ownQualitative') : COMPARATOR_SYMBOLS[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={add} data-testid="own-add">
          {t('targets.add')}
        </button>
      </div>
    </fieldset>
  );
}
