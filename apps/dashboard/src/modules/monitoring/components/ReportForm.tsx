import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatRate, formatYuan, formatYuanExact } from '@jixiao/ui/format';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import type { ReportingProjectQuery } from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { REPORTING_PROJECT, SUBMIT_MONITORING_REPORT } from '../graphql/monitoring.graphql';
import { draftExecutionRate, initialDraft, reportVariables, type ReportDraft } from '../report-form';
import { reportAt, targetText } from '../report-rows';
import type { Checkpoint } from '../report-rows';

type ReportingProject = Extract<NonNullable<ReportingProjectQuery['node']>, { indicators: unknown }>;

/** Loads the picked project's indicators and reports, then shows its form. */
export function ReportFormLoader({
  projectId,
  checkpoint,
  onDone,
}: {
  projectId: string;
  checkpoint: Checkpoint;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(REPORTING_PROJECT, { variables: { id: projectId }, fetchPolicy: 'network-only' });
  const project = data?.node && 'indicators' in data.node ? (data.node as ReportingProject) : null;
  if (error)
    return (
      <p className="form-error" role="alert">
        {t('common.loadFailed', { reason: errorMessage(error, t, lang) })}
      </p>
    );
  if (!project) return <div className="jx-skeleton jx-skeleton--bar" style={{ width: '60%' }} aria-busy="true" />;
  return <ReportForm project={project} checkpoint={checkpoint} onDone={onDone} />;
}

/** The unit's report form at one checkpoint for one project (a new report, or a returned one again). */
function ReportForm({
  project,
  checkpoint,
  onDone,
}: {
  project: ReportingProject;
  checkpoint: Checkpoint;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const previous = reportAt(project.monitoringReports, checkpoint.id);
  const [draft, setDraft] = useState<ReportDraft>(() => initialDraft(project.indicators, previous));
  const action = useWorkAction();
  const f = action.failure;
  const rate = draftExecutionRate(draft.executed, project.budget);
  const setActual = (i: number, patch: Partial<ReportDraft['actuals'][number]>) =>
    setDraft((d) => ({ ...d, actuals: d.actuals.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const variables = reportVariables({
      projectId: project.id,
      checkpointId: checkpoint.id,
      version: previous?.status === 'DRAFT' ? previous.version : null,
      draft,
    });
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_MONITORING_REPORT, variables }),
      () => t('report.submitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="report-form" noValidate>
      <h3 className="work-form__title">
        {project.code} {project.name} · {checkpointName(t, checkpoint.month)}
      </h3>
      {previous?.status === 'DRAFT' && (
        <p className="work-note" data-testid="report-returned">
          {t('report.returned')}{' '}
          {previous.reviewComment ? (
            <span data-testid="report-return-reason">
              {t('report.returnReason', { reason: previous.reviewComment })}
            </span>
          ) : null}
        </p>
      )}
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('report.executed')}
        name="executed"
        inputMode="decimal"
        autoComplete="off"
        value={draft.executed}
        onChange={(executed) => setDraft((d) => ({ ...d, executed }))}
        testId="report-executed"
        hint={t('report.executedHint', {
          budget: formatYuan(project.budget, { locale: lang }),
          exact: formatYuanExact(project.budget, lang),
          rate: rate === null ? '—' : formatRate(rate),
        })}
        hintTestId="report-budget"
        scope="report"
        field="executed"
        failure={f}
      />
      <fieldset className="work-fieldset">
        <legend>{t('report.indicators')}</legend>
        {project.indicators.length === 0 && <p className="muted">{t('report.noIndicators')}</p>}
        <div className="indicator-rows">
          {project.indicators.map((ind, i) => {
            const planned = previous?.indicatorActuals.find((a) => a.indicator?.id === ind.id)?.plannedValue;
            const qualitative = ind.comparator === 'QUALITATIVE';
            return (
              <div className="indicator-row" key={ind.id} data-testid={`report-indicator-${i}`}>
                <div className="indicator-row__name">
                  <strong>{ind.name}</strong> {ind.isKey && <span className="badge badge--key">{t('report.key')}</span>}
                  <div className="muted">
                    {t('report.target')} {targetText(ind)}
                    {planned ? ` · ${planned}` : ''}
                    {qualitative ? ` · ${t('report.qualitative')}` : ''}
                  </div>
                </div>
                <TextField
                  label={t('report.actual')}
                  value={draft.actuals[i]?.actualValue ?? ''}
                  onChange={(actualValue) => setActual(i, { actualValue })}
                  disabled={qualitative}
                  inputMode="decimal"
                  testId={`report-actual-${i}`}
                  scope="report"
                  field={`actuals[${i}].actualValue`}
                  failure={f}
                />
                <TextField
                  label={
                    <>
                      {t('report.explanation')} <span className="work-hint">{t('report.explanationHint')}</span>
                    </>
                  }
                  rows={2}
                  value={draft.actuals[i]?.explanation ?? ''}
                  onChange={(explanation) => setActual(i, { explanation })}
                  testId={`report-explanation-${i}`}
                  scope="report"
                  field={`actuals[${i}].explanation`}
                  failure={f}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      <FormActions
        busy={action.busy}
        submit={previous?.status === 'DRAFT' ? t('report.resubmit') : t('report.submit')}
        submitTestId="report-submit"
        onCancel={onDone}
      />
    </form>
  );
}
