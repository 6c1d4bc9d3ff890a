import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkUnitWideFieldsFragment } from '../../../generated/graphql';
import {
  IndicatorRowsEditor,
  LibraryPicker,
  OwnIndicatorForm,
  rowFromIndicator,
  targetIndicators,
  type TargetRowDraft,
} from '../../targets';
import { cleanAmount, FailureBanner, FieldError, FormActions, TextField, useWorkAction } from '../../work';
import { SAVE_UNIT_WIDE, SUBMIT_UNIT_WIDE } from '../graphql/unit-wide.graphql';

/** The unit's targets of its whole budget: the budget, rows from the library or its own, the key ones marked. */
export function UnitWideTargetsForm({ year, target }: { year: number; target: WorkUnitWideFieldsFragment | null }) {
  const { t } = useI18n();
  const [budget, setBudget] = useState(target?.budget ?? '');
  const [rows, setRows] = useState<TargetRowDraft[]>(() => (target?.indicators ?? []).map(rowFromIndicator));
  const action = useWorkAction();
  const f = action.failure;
  const save = () =>
    action.client.mutate({
      mutation: SAVE_UNIT_WIDE,
      variables: {
        year,
        budget: cleanAmount(budget),
        indicators: targetIndicators(rows),
        version: target?.version ?? 0,
      },
    });
  const onSave = () => void action.run(save, () => t('unitwide.saved'));
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    await action.run(
      async () => {
        const saved = await save();
        const s = saved.data!.saveUnitWideTargets;
        return action.client.mutate({ mutation: SUBMIT_UNIT_WIDE, variables: { id: s.id, version: s.version } });
      },
      () => t('unitwide.submitted'),
    );
  };
  return (
    <form className="work-form" onSubmit={(e) => void onSubmit(e)} data-testid="unit-wide-targets-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="unit-wide" field="indicators" failure={f} />
      </FailureBanner>
      <TextField
        label={t('unitwide.budget')}
        inputMode="decimal"
        value={budget}
        onChange={setBudget}
        testId="unit-wide-budget"
        scope="unit-wide"
        field="budget"
        failure={f}
      />
      <LibraryPicker onPick={(row) => setRows((rs) => [...rs, row])} />
      <OwnIndicatorForm onAdd={(row) => setRows((rs) => [...rs, row])} />
      <IndicatorRowsEditor rows={rows} setRows={setRows} failure={f} scope="unit-wide" />
      {rows.length > 0 && (
        <fieldset className="work-fieldset">
          <legend>{t('unitwide.isKey')}</legend>
          {rows.map((r, i) => (
            <label key={i} className="checkbox">
              <input
                type="checkbox"
                checked={r.isKey}
                onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, isKey: e.target.checked } : x)))}
                data-testid={`unit-wide-key-${i}`}
              />{' '}
              {r.name}
            </label>
          ))}
        </fieldset>
      )}
      <FormActions
        busy={action.busy}
        submit={t('unitwide.submit')}
        submitTestId="unit-wide-submit"
        leading={
          <button type="button" className="button" disabled={action.busy} onClick={onSave} data-testid="unit-wide-save">
            {t('unitwide.save')}
          </button>
        }
      />
    </form>
  );
}
