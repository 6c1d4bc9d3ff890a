import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { GovernmentEvaluationFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FormActions, RowButton, TextField, useWorkAction } from '../../work';
import {
  EVALUABLE_COUNTIES,
  GOVERNMENT_EVALUATIONS,
  RETURN_GOVERNMENT_SELF_REPORT,
  SCORE_GOVERNMENT_EVALUATION,
  SELECT_GOVERNMENT_EVALUATIONS,
  WITHDRAW_GOVERNMENT_EVALUATION,
} from '../graphql/government-evaluation.graphql';
import { GovernmentEvaluationCard } from './GovernmentEvaluationCard';

/** The prefecture scores a submitted self-report (graded by the server's rule bands), or returns it with comments. */
function ScoreForm({ evaluation: e }: { evaluation: GovernmentEvaluationFieldsFragment }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const scoreIt = async (ev: FormEvent) => {
    ev.preventDefault();
    await action.run(
      () =>
        action.client.mutate({
          mutation: SCORE_GOVERNMENT_EVALUATION,
          variables: { id: e.id, score: Number(score), comment, version: e.version },
        }),
      () => t('goveval.scored', { region: e.regionName }),
    );
  };
  const giveBack = () =>
    action.run(
      () =>
        action.client.mutate({
          mutation: RETURN_GOVERNMENT_SELF_REPORT,
          variables: { id: e.id, comment, version: e.version },
        }),
      () => t('goveval.returned', { region: e.regionName }),
    );
  return (
    <form className="work-form" onSubmit={(ev) => void scoreIt(ev)} data-testid={`goveval-score-form-${e.regionName}`}>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <TextField
        label={t('goveval.score')}
        scope={`goveval-score-${e.id}`}
        field="score"
        failure={action.failure}
        value={score}
        onChange={setScore}
        inputMode="decimal"
        autoComplete="off"
        testId={`goveval-score-${e.regionName}`}
      />
      <TextField
        label={t('goveval.comment')}
        scope={`goveval-score-${e.id}`}
        field="comment"
        failure={action.failure}
        value={comment}
        onChange={setComment}
        rows={3}
        maxLength={2000}
        testId={`goveval-comment-${e.regionName}`}
      />
      <FormActions
        busy={action.busy}
        disabled={score.trim() === ''}
        submit={t('goveval.scoreSubmit')}
        submitTestId={`goveval-score-submit-${e.regionName}`}
      >
        <RowButton testId={`goveval-return-${e.regionName}`} disabled={action.busy} onClick={() => void giveBack()}>
          {t('goveval.return')}
        </RowButton>
      </FormActions>
    </form>
  );
}

/** A selection the county has not answered yet is withdrawn with its reason (the county may be selected again). */
function WithdrawForm({ evaluation: e }: { evaluation: GovernmentEvaluationFieldsFragment }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [reason, setReason] = useState('');
  const withdraw = async (ev: FormEvent) => {
    ev.preventDefault();
    await action.run(
      () =>
        action.client.mutate({
          mutation: WITHDRAW_GOVERNMENT_EVALUATION,
          variables: { id: e.id, reason, version: e.version },
        }),
      () => t('goveval.withdrawn', { region: e.regionName }),
    );
  };
  return (
    <form
      className="work-form"
      onSubmit={(ev) => void withdraw(ev)}
      data-testid={`goveval-withdraw-form-${e.regionName}`}
    >
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <TextField
        label={t('goveval.withdrawReason')}
        scope={`goveval-withdraw-${e.id}`}
        field="reason"
        failure={action.failure}
        value={reason}
        onChange={setReason}
        maxLength={2000}
        autoComplete="off"
        testId={`goveval-withdraw-reason-${e.regionName}`}
      />
      <FormActions
        busy={action.busy}
        disabled={reason.trim() === ''}
        submit={t('goveval.withdraw')}
        submitTestId={`goveval-withdraw-${e.regionName}`}
      />
    </form>
  );
}

/** The counties below not yet selected for the year, to pick and select. */
function SelectForm({ year, taken }: { year: number; taken: ReadonlySet<string> }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const counties = useQuery(EVALUABLE_COUNTIES);
  const [picked, setPicked] = useState<string[]>([]);
  const open = (counties.data?.evaluableCounties ?? []).filter((c) => !taken.has(c.id));
  const select = async (ev: FormEvent) => {
    ev.preventDefault();
    const done = await action.run(
      () => action.client.mutate({ mutation: SELECT_GOVERNMENT_EVALUATIONS, variables: { year, regionIds: picked } }),
      () => t('goveval.selected', { count: picked.length }),
    );
    if (done) setPicked([]);
  };
  if (counties.data && open.length === 0) return <p className="work-hint">{t('goveval.allSelected')}</p>;
  return (
    <form className="work-form" onSubmit={(ev) => void select(ev)} data-testid="goveval-select-form">
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <p className="work-hint">{t('goveval.selectHint')}</p>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {open.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              data-testid={`goveval-pick-${c.code}`}
              checked={picked.includes(c.id)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))}
            />{' '}
            {c.name}
          </label>
        ))}
      </div>
      <FormActions
        busy={action.busy}
        disabled={picked.length === 0}
        submit={t('goveval.select')}
        submitTestId="goveval-select"
      />
    </form>
  );
}

/**
 * 自治州: the year's evaluations of lower governments (对下级政府预算绩效管理评价), of the county the picker shows or
 * of all: select counties, then score or return each submitted self-report.
 */
export function PrefectureEvaluationsPanel({ year, county }: { year: number; county: string | null }) {
  const { t } = useI18n();
  const counties = useQuery(EVALUABLE_COUNTIES);
  const regionId = county ? (counties.data?.evaluableCounties.find((c) => c.code === county)?.id ?? null) : null;
  const all = useQuery(GOVERNMENT_EVALUATIONS, { variables: { year, regionId: null } });
  // The picker's county, asked of the server (its scope decides what the prefecture sees).
  const shown = useQuery(GOVERNMENT_EVALUATIONS, { variables: { year, regionId }, skip: regionId === null });
  const list = (regionId === null ? all.data : shown.data)?.governmentEvaluations ?? [];
  // A withdrawn selection may be made again.
  const taken = new Set(
    (all.data?.governmentEvaluations ?? []).filter((e) => e.status !== 'WITHDRAWN').map((e) => e.regionId),
  );
  return (
    <Panel
      title={t('goveval.title', { year })}
      subtitle={t('goveval.subtitle')}
      status={all.data ? 'ready' : all.error ? 'error' : 'loading'}
      minHeight={0}
      testId="panel-goveval-prefecture"
    >
      <SelectForm year={year} taken={taken} />
      {all.data && list.length === 0 && <p className="muted">{t('goveval.none')}</p>}
      {list.map((e) => (
        <GovernmentEvaluationCard key={e.id} evaluation={e}>
          {e.status === 'SUBMITTED' && <ScoreForm evaluation={e} />}
          {e.status === 'SELECTED' && <WithdrawForm evaluation={e} />}
        </GovernmentEvaluationCard>
      ))}
    </Panel>
  );
}
