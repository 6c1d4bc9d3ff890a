import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatRate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type {
  CutProjectsQuery,
  SelfEvaluationProjectsQuery,
  WorkSelfEvaluationFieldsFragment,
} from '../../../generated/graphql';
import {
  CUT_PROJECTS,
  DECIDE_CUT,
  PROPOSE_CUTS,
  SELF_EVALUATION_PROJECTS,
  SUBMIT_SELF_EVALUATION,
} from '../graphql/evaluation.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import {
  cutDecisionVariables,
  EMPTY_SELF_EVALUATION,
  notificationRows,
  selfEvaluationOf,
  selfEvaluationVariables,
  type SelfEvaluationDraft,
} from '../evaluation-form';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';
import { GradeBadge, GradeCaps } from './GradePieces';

/** The score, grade and caps the rules gave a self-evaluation. */
function SelfEvaluationResult({
  evaluation,
  project,
}: {
  evaluation: WorkSelfEvaluationFieldsFragment;
  project: string;
}) {
  const { t } = useI18n();
  return (
    <section className="eval-result" data-testid="self-eval-result" aria-live="polite">
      <h3 className="work-form__title">{t('selfeval.resultTitle', { project })}</h3>
      {evaluation.rectificationRequired && (
        <p className="work-note" role="alert" data-testid="self-eval-rectify">
          {t('selfeval.rectify')}
        </p>
      )}
      <dl className="flag-card__facts">
        <dt>{t('work.score')}</dt>
        <dd data-testid="self-eval-score">
          {evaluation.score === null || evaluation.score === undefined ? '—' : evaluation.score.toFixed(2)}
        </dd>
        <dt>{t('work.grade')}</dt>
        <dd>
          <GradeBadge grade={evaluation.grade} testId="self-eval-grade" />
          {evaluation.uncappedGrade && evaluation.uncappedGrade !== evaluation.grade && (
            <span className="muted">
              {' '}
              {t('selfeval.uncapped')} <GradeBadge grade={evaluation.uncappedGrade} />
            </span>
          )}
        </dd>
        <dt>{t('selfeval.caps')}</dt>
        <dd data-testid="self-eval-caps">
          <GradeCaps caps={evaluation.caps} testIdPrefix="self-eval-cap" />
        </dd>
      </dl>
    </section>
  );
}

type EvalProject = SelfEvaluationProjectsQuery['projects']['edges'][number]['node'];

/** A unit's self-evaluation of one project: executed, the three completions and an explanation. */
function SelfEvaluationForm({
  project,
  onDone,
  onCancel,
}: {
  project: EvalProject;
  onDone: (evaluation: WorkSelfEvaluationFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<SelfEvaluationDraft>(EMPTY_SELF_EVALUATION);
  const action = useWorkAction();
  const f = action.failure;
  const set = (patch: Partial<SelfEvaluationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = selfEvaluationVariables(project.id, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_SELF_EVALUATION, variables }),
      () => t('selfeval.submitted', { project: project.name }),
    );
    if (done?.data) onDone(done.data.submitSelfEvaluation);
  };
  const completion = (key: 'outputCompletion' | 'benefitCompletion' | 'satisfactionCompletion') => (
    <label className="field">
      <span>{t(`selfeval.${key}` as MessageKey)}</span>
      <input
        inputMode="decimal"
        autoComplete="off"
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`self-eval-${key}`}
        {...fieldProps('selfeval', key, f)}
      />
      <FieldError scope="selfeval" field={key} failure={f} />
    </label>
  );
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="self-eval-form" noValidate>
      <h3 className="work-form__title">
        {project.code} {project.name}
      </h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('selfeval.executed')}</span>
        <input
          inputMode="decimal"
          autoComplete="off"
          value={draft.executed}
          onChange={(e) => set({ executed: e.target.value })}
          data-testid="self-eval-executed"
          {...fieldProps('selfeval', 'executed', f)}
        />
        <span className="work-hint">
          {t('selfeval.budget')} <Money yuan={project.budget} />
        </span>
        <FieldError scope="selfeval" field="executed" failure={f} />
      </label>
      <fieldset className="work-fieldset">
        <legend>{t('selfeval.completions')}</legend>
        <div className="eval-completions">
          {completion('outputCompletion')}
          {completion('benefitCompletion')}
          {completion('satisfactionCompletion')}
        </div>
      </fieldset>
      <label className="field">
        <span>{t('selfeval.explanation')}</span>
        <textarea
          rows={3}
          value={draft.explanation}
          onChange={(e) => set({ explanation: e.target.value })}
          data-testid="self-eval-explanation"
          {...fieldProps('selfeval', 'explanation', f)}
        />
        <FieldError scope="selfeval" field="explanation" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="self-eval-submit">
          {action.busy ? t('work.busy') : t('selfeval.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The unit's projects of the year: self-evaluate those with approved targets; see the grade of the others. */
export function SelfEvaluationPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(SELF_EVALUATION_PROJECTS, { variables: { year } });
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<{ project: string; evaluation: WorkSelfEvaluationFieldsFragment } | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node).filter((p) => p.targetStatus === 'APPROVED');
  const picked = rows.find((p) => p.id === editing) ?? null;
  return (
    <Panel
      title={t('selfeval.title', { year })}
      subtitle={t('selfeval.subtitle')}
      status={data ? (rows.length ? 'ready' : 'empty') : error ? 'error' : loading ? 'loading' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={t('selfeval.empty')}
      minHeight={160}
      testId="panel-self-evaluation"
    >
      {result && <SelfEvaluationResult evaluation={result.evaluation} project={result.project} />}
      {picked ? (
        <SelfEvaluationForm
          key={picked.id}
          project={picked}
          onCancel={() => setEditing(null)}
          onDone={(evaluation) => {
            setResult({ project: `${picked.code} ${picked.name}`, evaluation });
            setEditing(null);
          }}
        />
      ) : (
        <DataTable
          caption={t('selfeval.title', { year })}
          rows={rows}
          rowKey={(p) => p.id}
          status={rows.length ? 'ready' : 'empty'}
          emptyText={t('selfeval.empty')}
          testId="self-eval-projects"
          columns={[
            {
              key: 'project',
              header: t('work.project'),
              cell: (p) => (
                <span title={p.name}>
                  {p.code} {p.name}
                </span>
              ),
            },
            {
              key: 'budget',
              header: t('work.budget'),
              width: '110px',
              align: 'right',
              cell: (p) => <Money yuan={p.budget} />,
            },
            {
              key: 'score',
              header: t('work.score'),
              width: '70px',
              align: 'right',
              cell: (p) => selfEvaluationOf(p.evaluations)?.score?.toFixed(2) ?? '—',
            },
            {
              key: 'grade',
              header: t('work.grade'),
              width: '90px',
              cell: (p) => {
                const e = selfEvaluationOf(p.evaluations);
                if (e?.rectificationRequired)
                  return (
                    <span className="badge badge--flag-red" data-testid={`self-eval-rectify-${p.code}`}>
                      {t('selfeval.rectifyBadge')}
                    </span>
                  );
                return e && e.status !== 'DRAFT' ? (
                  <GradeBadge grade={e.grade} testId={`self-eval-grade-${p.code}`} />
                ) : (
                  <span className="badge badge--state-none">{t('selfeval.todo')}</span>
                );
              },
            },
            {
              key: 'actions',
              header: t('work.actions'),
              width: '90px',
              cell: (p) => {
                const e = selfEvaluationOf(p.evaluations);
                return !e || e.status === 'DRAFT' ? (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    onClick={() => {
                      setResult(null);
                      setEditing(p.id);
                    }}
                    data-testid={`self-eval-fill-${p.code}`}
                  >
                    {t('selfeval.fill')}
                  </button>
                ) : null;
              },
            },
          ]}
        />
      )}
    </Panel>
  );
}

type CutProject = CutProjectsQuery['medium']['edges'][number]['node'];
type Cut = CutProject['resultApplications'][number];
type CutRow = Cut & { project: CutProject };

/** The budget section's decision on one cut: accept as proposed, or adjust with a reason. */
function CutActions({
  cut,
  adjusting,
  onAdjust,
}: {
  cut: CutRow;
  adjusting: boolean;
  onAdjust: (on: boolean) => void;
}) {
  const { t } = useI18n();
  const action = useWorkAction();
  if (cut.status !== 'PROPOSED') return null;
  const accept = () =>
    action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_CUT,
          variables: cutDecisionVariables(cut, { mode: 'accept', amount: '', reason: '' }),
        }),
      () => t('cuts.accepted', { project: cut.project.name }),
    );
  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={action.busy}
        onClick={() => void accept()}
        data-testid={`cut-accept-${cut.project.code}`}
      >
        {t('cuts.accept')}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-expanded={adjusting}
        onClick={() => onAdjust(!adjusting)}
        data-testid={`cut-adjust-${cut.project.code}`}
      >
        {t('cuts.adjust')}
      </button>
      {action.failure && (
        <span className="field-error" role="alert">
          {action.failure.message}
        </span>
      )}
    </span>
  );
}

function AdjustCutForm({ cut, onDone }: { cut: CutRow; onDone: () => void }) {
  const { t } = useI18n();
  const [amount, setAmount] = useState(cut.proposedCut);
  const [reason, setReason] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_CUT,
          variables: cutDecisionVariables(cut, { mode: 'adjust', amount, reason }),
        }),
      () => t('cuts.adjusted', { project: cut.project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="cut-adjust-form" noValidate>
      <h3 className="work-form__title">
        {t('cuts.adjustFor', { project: `${cut.project.code} ${cut.project.name}` })}
      </h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('cuts.amount')}</span>
        <input
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          autoFocus
          data-testid="cut-amount"
          {...fieldProps('cut', 'acceptedCut', f)}
        />
        <span className="work-hint">
          {t('cuts.proposedHint')} <Money yuan={cut.proposedCut} /> · {t('cuts.base')} <Money yuan={cut.baseBudget} />
        </span>
        <FieldError scope="cut" field="acceptedCut" failure={f} />
      </label>
      <label className="field">
        <span>{t('cuts.reason')}</span>
        <textarea
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="cut-reason"
          {...fieldProps('cut', 'reason', f)}
        />
        <FieldError scope="cut" field="reason" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="cut-adjust-submit">
          {action.busy ? t('work.busy') : t('cuts.confirmAdjust')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Result application: the performance section has the rules propose the cuts of the year evaluated;
 * the budget section accepts or adjusts each. Both see the notification list (中/差).
 */
export function CutsPanel({
  year,
  mode,
  classified,
}: {
  year: number;
  mode: 'propose' | 'decide';
  classified?: boolean;
}) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(CUT_PROJECTS, { variables: { year, classified: classified ?? null } });
  const propose = useWorkAction();
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const listed = notificationRows(
    (data?.medium.edges ?? []).map((e) => e.node),
    (data?.poor.edges ?? []).map((e) => e.node),
  );
  const cuts: CutRow[] = listed.flatMap((p) => p.resultApplications.map((ra) => ({ ...ra, project: p })));
  const adjustingCut = cuts.find((c) => c.id === adjusting) ?? null;
  const partial = data ? data.medium.totalCount + data.poor.totalCount > listed.length : false;
  return (
    <div className="work-stack">
      <Panel
        title={t('cuts.title', { year })}
        subtitle={mode === 'propose' ? t('cuts.proposeSubtitle') : t('cuts.decideSubtitle')}
        status={
          data
            ? cuts.length || mode === 'propose'
              ? 'ready'
              : 'empty'
            : error
              ? 'error'
              : loading
                ? 'loading'
                : 'loading'
        }
        errorText={error ? errorMessage(error, t, lang) : undefined}
        emptyText={t('cuts.empty')}
        minHeight={120}
        testId={mode === 'propose' ? 'panel-propose-cuts' : 'panel-decide-cuts'}
      >
        {mode === 'propose' && (
          <div className="work-form__actions work-form__actions--bar">
            <FailureBanner failure={propose.failure} onReload={() => void propose.reload()} />
            <button
              type="button"
              className="button button--primary"
              disabled={propose.busy}
              onClick={() =>
                void propose.run(
                  () => propose.client.mutate({ mutation: PROPOSE_CUTS, variables: { year } }),
                  (r) => t('cuts.proposed', { count: r.data?.proposeCuts ?? 0 }),
                )
              }
              data-testid="propose-cuts"
            >
              {t('cuts.propose', { year })}
            </button>
            <span className="work-hint">{t('cuts.proposeHint')}</span>
          </div>
        )}
        {partial && <p className="work-hint">{t('cuts.firstPage')}</p>}
        <DataTable
          caption={t('cuts.title', { year })}
          rows={cuts}
          rowKey={(c) => c.id}
          status={cuts.length ? 'ready' : 'empty'}
          emptyText={t('cuts.empty')}
          testId="cuts-table"
          columns={[
            {
              key: 'unit',
              header: t('work.unit'),
              width: '120px',
              cell: (c) => <span title={c.project.unit?.name}>{c.project.unit?.name ?? '—'}</span>,
            },
            {
              key: 'project',
              header: t('work.project'),
              cell: (c) => (
                <span title={c.project.name}>
                  {c.project.code} {c.project.name}
                </span>
              ),
            },
            { key: 'grade', header: t('work.grade'), width: '60px', cell: (c) => <GradeBadge grade={c.grade} /> },
            {
              key: 'share',
              header: t('cuts.share'),
              width: '72px',
              align: 'right',
              cell: (c) => formatRate(c.cutShare),
            },
            {
              key: 'proposed',
              header: t('cuts.proposedCut'),
              width: '100px',
              align: 'right',
              cell: (c) => <Money yuan={c.proposedCut} />,
            },
            {
              key: 'accepted',
              header: t('cuts.acceptedCut'),
              width: '110px',
              align: 'right',
              cell: (c) => <Money yuan={c.acceptedCut} />,
            },
            {
              key: 'status',
              header: t('work.status'),
              width: '80px',
              cell: (c) => (
                <span
                  className={`badge badge--state-${c.status === 'PROPOSED' ? 'submitted' : 'confirmed'}`}
                  title={c.status === 'PROPOSED' ? undefined : c.reason}
                  data-testid={`cut-status-${c.project.code}`}
                >
                  {t(`cuts.status.${c.status}` as MessageKey)}
                </span>
              ),
            },
            ...(mode === 'decide'
              ? [
                  {
                    key: 'actions',
                    header: t('work.actions'),
                    width: '124px',
                    cell: (c: CutRow) => (
                      <CutActions
                        cut={c}
                        adjusting={adjusting === c.id}
                        onAdjust={(on) => setAdjusting(on ? c.id : null)}
                      />
                    ),
                  },
                ]
              : [{ key: 'year', header: t('cuts.targetYear'), width: '80px', cell: (c: CutRow) => c.targetYear }]),
          ]}
        />
        {mode === 'decide' && adjustingCut && (
          <AdjustCutForm key={adjustingCut.id} cut={adjustingCut} onDone={() => setAdjusting(null)} />
        )}
      </Panel>
      <Panel
        title={t('cuts.notifyTitle', { year })}
        subtitle={t('cuts.notifySubtitle')}
        status={data ? (listed.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
        errorText={error ? errorMessage(error, t, lang) : undefined}
        emptyText={t('cuts.notifyEmpty')}
        minHeight={100}
        testId="panel-notification-list"
      >
        <DataTable
          caption={t('cuts.notifyTitle', { year })}
          rows={listed}
          rowKey={(p) => p.id}
          status={listed.length ? 'ready' : 'empty'}
          emptyText={t('cuts.notifyEmpty')}
          testId="notification-list"
          columns={[
            {
              key: 'unit',
              header: t('work.unit'),
              width: '140px',
              cell: (p) => <span title={p.unit?.name}>{p.unit?.name ?? '—'}</span>,
            },
            {
              key: 'project',
              header: t('work.project'),
              cell: (p) => (
                <span title={p.name}>
                  {p.code} {p.name}
                </span>
              ),
            },
            {
              key: 'budget',
              header: t('work.budget'),
              width: '100px',
              align: 'right',
              cell: (p) => <Money yuan={p.budget} />,
            },
            {
              key: 'score',
              header: t('work.score'),
              width: '70px',
              align: 'right',
              cell: (p) => selfEvaluationOf(p.evaluations)?.score?.toFixed(2) ?? '—',
            },
            {
              key: 'grade',
              header: t('work.grade'),
              width: '60px',
              cell: (p) => <GradeBadge grade={p.listedGrade} testId={`notify-grade-${p.code}`} />,
            },
          ]}
        />
      </Panel>
    </div>
  );
}
