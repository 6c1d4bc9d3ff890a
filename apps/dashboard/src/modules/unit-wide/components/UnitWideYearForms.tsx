import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkUnitWideFieldsFragment } from '../../../generated/graphql';
import { cleanAmount, FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { REPORT_UNIT_WIDE, SELF_EVALUATE_UNIT_WIDE } from '../graphql/unit-wide.graphql';

/** The June report: executed so far and each indicator's completion (the server judges it on confirmation). */
export function UnitWideReportForm({
  target,
  checkpoint,
}: {
  target: WorkUnitWideFieldsFragment;
  checkpoint: { id: string; reportDue: string };
}) {
  const { t } = useI18n();
  const [executed, setExecuted] = useState('');
  const [actuals, setActuals] = useState<Record<string, string>>({});
  const action = useWorkAction();
  const f = action.failure;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void action.run(
      () =>
        action.client.mutate({
          mutation: REPORT_UNIT_WIDE,
          variables: {
            id: target.id,
            checkpointId: checkpoint.id,
            executed: cleanAmount(executed),
            actuals: target.indicators.map((i) => ({ indicatorId: i.id, actual: (actuals[i.id] ?? '').trim() })),
            version: target.version,
          },
        }),
      () => t('unitwide.report.done'),
    );
  };
  return (
    <form className="work-form" onSubmit={onSubmit} data-testid="unit-wide-report-form" noValidate>
      <h3 className="work-form__title">{t('unitwide.report.title', { due: checkpoint.reportDue })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        label={t('unitwide.report.executed')}
        inputMode="decimal"
        value={executed}
        onChange={setExecuted}
        testId="unit-wide-executed"
        scope="unit-wide-report"
        field="executed"
        failure={f}
      />
      {target.indicators.map((ind, i) => (
        <TextField
          key={ind.id}
          label={t('unitwide.report.actual', {
            name: ind.name,
            target: ind.targetValue ? `${ind.targetValue} ${ind.unitOfMeasure}` : (ind.targetText ?? ''),
          })}
          value={actuals[ind.id] ?? ''}
          onChange={(v) => setActuals((a) => ({ ...a, [ind.id]: v }))}
          testId={`unit-wide-actual-${i}`}
          scope="unit-wide-report"
          field={`actuals[${i}].actual`}
          failure={f}
        />
      ))}
      <FormActions busy={action.busy} submit={t('unitwide.report.submit')} submitTestId="unit-wide-report-submit" />
    </form>
  );
}

/** The self-evaluation after the year: executed in the year, the score, the report. */
export function UnitWideSelfForm({ target }: { target: WorkUnitWideFieldsFragment }) {
  const { t } = useI18n();
  const [executed, setExecuted] = useState('');
  const [score, setScore] = useState('');
  const [report, setReport] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void action.run(
      () =>
        action.client.mutate({
          mutation: SELF_EVALUATE_UNIT_WIDE,
          variables: {
            id: target.id,
            input: { executed: cleanAmount(executed), score: cleanAmount(score), report },
            version: target.version,
          },
        }),
      () => t('unitwide.self.done'),
    );
  };
  const field = { scope: 'unit-wide-self', failure: f };
  return (
    <form className="work-form" onSubmit={onSubmit} data-testid="unit-wide-self-form" noValidate>
      <h3 className="work-form__title">{t('unitwide.self.title')}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        label={t('unitwide.self.executed')}
        inputMode="decimal"
        value={executed}
        onChange={setExecuted}
        testId="unit-wide-self-executed"
        field="input.executed"
        {...field}
      />
      <TextField
        label={t('unitwide.self.score')}
        inputMode="decimal"
        value={score}
        onChange={setScore}
        testId="unit-wide-self-score"
        field="input.score"
        {...field}
      />
      <TextField
        label={t('unitwide.self.report')}
        rows={4}
        value={report}
        onChange={setReport}
        testId="unit-wide-self-report"
        field="input.report"
        {...field}
      />
      <FormActions busy={action.busy} submit={t('unitwide.self.submit')} submitTestId="unit-wide-self-submit" />
    </form>
  );
}
