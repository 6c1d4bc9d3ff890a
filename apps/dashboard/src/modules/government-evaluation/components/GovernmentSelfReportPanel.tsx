import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { GovernmentEvaluationFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { GOVERNMENT_EVALUATIONS, SUBMIT_GOVERNMENT_SELF_REPORT } from '../graphql/government-evaluation.graphql';
import { GovernmentEvaluationCard } from './GovernmentEvaluationCard';

/** The county's self-report and self score, submitted (again, after a return) to the prefecture. */
function SelfReportForm({ evaluation: e }: { evaluation: GovernmentEvaluationFieldsFragment }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [text, setText] = useState(e.selfReport);
  const [score, setScore] = useState(e.selfScore === null || e.selfScore === undefined ? '' : String(e.selfScore));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    await action.run(
      () =>
        action.client.mutate({
          mutation: SUBMIT_GOVERNMENT_SELF_REPORT,
          variables: { id: e.id, selfReport: text, selfScore: Number(score), version: e.version },
        }),
      () => t('goveval.submitted'),
    );
  };
  return (
    <form className="work-form" onSubmit={(ev) => void submit(ev)} data-testid="goveval-self-form">
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <TextField
        label={t('goveval.selfReport')}
        scope="goveval-self"
        field="selfReport"
        failure={action.failure}
        value={text}
        onChange={setText}
        rows={6}
        maxLength={20000}
        testId="goveval-self-report"
      />
      <TextField
        label={t('goveval.selfScore')}
        scope="goveval-self"
        field="selfScore"
        failure={action.failure}
        value={score}
        onChange={setScore}
        inputMode="decimal"
        autoComplete="off"
        testId="goveval-self-score"
      />
      <FormActions
        busy={action.busy}
        disabled={!text.trim() || score.trim() === ''}
        submit={e.status === 'RETURNED' ? t('goveval.resubmit') : t('goveval.submit')}
        submitTestId="goveval-self-submit"
      />
    </form>
  );
}

/** 县绩效科: the county's evaluation by the prefecture for the year, if it was selected. */
export function GovernmentSelfReportPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(GOVERNMENT_EVALUATIONS, { variables: { year, regionId: null } });
  const list = data?.governmentEvaluations ?? [];
  return (
    <Panel
      title={t('goveval.title', { year })}
      subtitle={t('goveval.countySubtitle')}
      status={data ? (list.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
      emptyText={t('goveval.noneCounty', { year })}
      minHeight={0}
      testId="panel-goveval-county"
    >
      {list.map((e) => (
        <GovernmentEvaluationCard key={e.id} evaluation={e}>
          {(e.status === 'SELECTED' || e.status === 'RETURNED') && <SelfReportForm evaluation={e} />}
        </GovernmentEvaluationCard>
      ))}
    </Panel>
  );
}
