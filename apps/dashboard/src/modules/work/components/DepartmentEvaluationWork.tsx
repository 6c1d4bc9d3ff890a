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
  DepartmentEvaluationProjectsQuery,
  RecordDepartmentEvaluationMutation,
  WorkDepartmentEvaluationFieldsFragment,
} from '../../../generated/graphql';
import {
  DEPARTMENT_EVALUATION_COVERAGE,
  DEPARTMENT_EVALUATION_PROJECTS,
  DEPARTMENT_EVALUATIONS_TO_RECORD,
  RECORD_DEPARTMENT_EVALUATION,
  SELECT_DEPARTMENT_EVALUATIONS,
} from '../graphql/department-evaluation.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import {
  confirmedSelection,
  departmentEvaluationOf,
  departmentScoreVariables,
  departmentState,
  lockedProjects,
  otherYears,
  pickableProjects,
  ruleShare,
  sameSelection,
  togglePick,
  type DepartmentScoreDraft,
  type DepartmentState,
} from '../department-form';
import type { MutationFailure } from '../mutation-errors';
import { errorId, FailureBanner, FieldError, fieldProps, OtherYears } from './FormPieces';
import { GradeBadge, GradeCaps } from './GradePieces';

type DeptProject = DepartmentEvaluationProjectsQuery['projects']['edges'][number]['node'];
type Recorded = RecordDepartmentEvaluationMutation['recordDepartmentEvaluation'];

const STATE_TONE: Record<Exclude<DepartmentState, 'final'>, string> = {
  draft: 'submitted',
  unsaved: 'reviewed',
  removing: 'draft',
  none: 'none',
};

/** What the current pick covers of the unit's project budget, as the server works it out, against the rule. */
function Coverage({
  year,
  picked,
  minShare,
  failure,
}: {
  year: number;
  picked: string[];
  minShare: number;
  failure: MutationFailure | null;
}) {
  const { t, lang } = useI18n();
  const { data, previousData, error } = useQuery(DEPARTMENT_EVALUATION_COVERAGE, {
    variables: { year, projectIds: picked },
  });
  const c = (data ?? previousData)?.departmentEvaluationCoverage;
  const stale = !data;
  return (
    <section
      className="eval-result"
      aria-live="polite"
      aria-busy={stale}
      data-testid="dept-coverage"
      data-share={data ? c?.share : undefined}
      data-meets={data ? String(c?.meets) : undefined}
    >
      <h3 className="work-form__title">{t('dept.coverageTitle')}</h3>
      {error && !c ? (
        <p className="field-error">{errorMessage(error, t, lang)}</p>
      ) : (
        <dl className="flag-card__facts">
          <dt>{t('dept.selected')}</dt>
          <dd data-testid="dept-selected">
            {t('dept.selectedCount', { count: picked.length })} · <Money yuan={c?.selectedBudget} />
          </dd>
          <dt>{t('dept.unitBudget')}</dt>
          <dd>
            <Money yuan={c?.unitBudget} />
          </dd>
          <dt>{t('dept.share')}</dt>
          <dd>
            <strong data-testid="dept-share">{c ? formatRate(c.share) : '—'}</strong>
            <span className="muted">
              {' '}
              （{t('dept.minimum')} {t('dept.minimumValue', { share: formatRate(minShare) })}）
            </span>
          </dd>
          <dt />
          <dd data-testid="dept-meets">
            {stale ? (
              <span className="muted">{t('dept.coverageLoading')}</span>
            ) : c?.meets ? (
              <span className="badge badge--state-confirmed">{t('dept.meets')}</span>
            ) : (
              <span className="badge badge--state-draft">
                {t('dept.shortfall')} <Money yuan={c?.shortfall} />
              </span>
            )}
          </dd>
        </dl>
      )}
      <FieldError scope="dept" field="projectIds" failure={failure} />
      {Object.entries(failure?.fields ?? {})
        .filter(([field]) => field.startsWith('projectIds['))
        .map(([field, text]) => (
          <p key={field} className="field-error" role="alert">
            {text}
          </p>
        ))}
    </section>
  );
}

/** The score the unit gives a picked project, with an explanation. */
function ScoreForm({
  project,
  evaluation,
  onDone,
  onCancel,
}: {
  project: DeptProject;
  evaluation: WorkDepartmentEvaluationFieldsFragment;
  onDone: (r: Recorded) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<DepartmentScoreDraft>({ score: '', explanation: '' });
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = departmentScoreVariables(evaluation, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: RECORD_DEPARTMENT_EVALUATION, variables }),
      () => t('dept.recorded', { project: project.name }),
    );
    if (done?.data) onDone(done.data.recordDepartmentEvaluation);
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="dept-score-form" noValidate>
      <h3 className="work-form__title">{t('dept.recordFor', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('dept.score')}</span>
        <input
          inputMode="decimal"
          autoComplete="off"
          autoFocus
          value={draft.score}
          onChange={(e) => setDraft((d) => ({ ...d, score: e.target.value }))}
          data-testid="dept-score"
          {...fieldProps('dept', 'score', f)}
        />
        <span className="work-hint">
          {t('work.budget')} <Money yuan={project.budget} />
        </span>
        <FieldError scope="dept" field="score" failure={f} />
      </label>
      <label className="field">
        <span>{t('dept.explanation')}</span>
        <textarea
          rows={3}
          value={draft.explanation}
          onChange={(e) => setDraft((d) => ({ ...d, explanation: e.target.value }))}
          data-testid="dept-explanation"
          {...fieldProps('dept', 'explanation', f)}
        />
        <FieldError scope="dept" field="explanation" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="dept-score-submit">
          {action.busy ? t('work.busy') : t('dept.recordSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The score and grade the rules gave a department evaluation, with the caps that hold. */
function ScoreResult({ result, project }: { result: Recorded; project: string }) {
  const { t } = useI18n();
  return (
    <section className="eval-result" data-testid="dept-result" aria-live="polite">
      <h3 className="work-form__title">{t('dept.resultTitle', { project })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('work.score')}</dt>
        <dd data-testid="dept-result-score">
          {result.score === null || result.score === undefined ? '—' : result.score.toFixed(2)}
        </dd>
        <dt>{t('dept.grade')}</dt>
        <dd>
          <GradeBadge grade={result.grade} testId="dept-result-grade" />
          {result.uncappedGrade && result.uncappedGrade !== result.grade && (
            <span className="muted">
              {' '}
              {t('dept.byScore')} <GradeBadge grade={result.uncappedGrade} />
            </span>
          )}
        </dd>
        <dt>{t('dept.caps')}</dt>
        <dd>
          <GradeCaps caps={result.caps} />
        </dd>
        {result.explanation && (
          <>
            <dt>{t('dept.explanation')}</dt>
            <dd data-testid="dept-result-explanation">{result.explanation}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/**
 * 部门评价 (unit): tick the projects to evaluate while the server works out the coverage of the unit's
 * project budget against the rule; confirm the pick (refused under the minimum); then record each picked
 * project's score, which the rules grade.
 */
export function DepartmentEvaluationPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(DEPARTMENT_EVALUATION_PROJECTS, { variables: { year } });
  const projects = pickableProjects((data?.projects.edges ?? []).map((e) => e.node));
  const confirmed = confirmedSelection(projects);
  const locked = lockedProjects(projects);
  const [draft, setDraft] = useState<{ year: number; ids: string[] } | null>(null);
  const picked = draft && draft.year === year ? draft.ids : confirmed;
  const changed = !sameSelection(picked, confirmed);
  const select = useWorkAction();
  const [recording, setRecording] = useState<string | null>(null);
  const [result, setResult] = useState<{ project: string; evaluation: Recorded } | null>(null);
  const minShare = ruleShare(data?.ruleSet.rules, 'department');
  const toRecord = useQuery(DEPARTMENT_EVALUATIONS_TO_RECORD);
  const elsewhere = otherYears(
    (toRecord.data?.evaluations.edges ?? []).map((e) => e.node),
    year,
  );
  const recordingProject = projects.find((p) => p.id === recording) ?? null;
  const recordingEvaluation = recordingProject ? departmentEvaluationOf(recordingProject.evaluations) : null;

  const pick = (id: string) => {
    select.clear();
    setDraft({ year, ids: togglePick(picked, id, locked) });
  };
  const confirm = async () => {
    const projectIds = picked;
    const done = await select.run(
      () => select.client.mutate({ mutation: SELECT_DEPARTMENT_EVALUATIONS, variables: { year, projectIds } }),
      (r) => t('dept.saved', { count: r.data?.selectDepartmentEvaluations.length ?? projectIds.length }),
    );
    if (done) setDraft(null);
  };

  return (
    <Panel
      title={t('dept.title', { year })}
      subtitle={t('dept.subtitle')}
      status={data ? 'ready' : error ? 'error' : loading ? 'loading' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      minHeight={160}
      testId="panel-department-evaluation"
    >
      <OtherYears
        tab="department-evaluation"
        years={elsewhere}
        lead={t('dept.otherYears')}
        label={(y) => t('dept.otherYear', { year: y.year, count: y.count })}
        testId="dept-other-years"
      />
      {result && <ScoreResult result={result.evaluation} project={result.project} />}
      {recordingProject && recordingEvaluation && recordingEvaluation.status === 'DRAFT' ? (
        <ScoreForm
          key={recordingEvaluation.id}
          project={recordingProject}
          evaluation={recordingEvaluation}
          onCancel={() => setRecording(null)}
          onDone={(evaluation) => {
            setResult({ project: `${recordingProject.code} ${recordingProject.name}`, evaluation });
            setRecording(null);
          }}
        />
      ) : projects.length === 0 ? (
        <p className="muted" data-testid="dept-empty">
          {t('dept.empty')}
        </p>
      ) : (
        <>
          {data && <Coverage year={year} picked={picked} minShare={minShare} failure={select.failure} />}
          <FailureBanner
            failure={select.failure && select.failure.kind !== 'BAD_USER_INPUT' ? select.failure : null}
            onReload={() => void select.reload()}
          />
          <div className="work-form__actions work-form__actions--bar">
            <button
              type="button"
              className="button button--primary"
              disabled={!changed || select.busy}
              onClick={() => void confirm()}
              data-testid="dept-submit"
            >
              {select.busy ? t('work.busy') : t('dept.submit')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!changed || select.busy}
              onClick={() => {
                select.clear();
                setDraft(null);
              }}
              data-testid="dept-reset"
            >
              {t('dept.reset')}
            </button>
            {!changed && <span className="work-hint">{t('dept.unchanged')}</span>}
          </div>
          {data && data.projects.totalCount > data.projects.edges.length && (
            <p className="work-hint">{t('dept.firstPage')}</p>
          )}
          <DataTable
            caption={t('dept.title', { year })}
            rows={projects}
            rowKey={(p) => p.id}
            status={projects.length ? 'ready' : 'empty'}
            emptyText={t('dept.empty')}
            testId="dept-projects"
            columns={[
              {
                key: 'pick',
                header: t('dept.pickColumn'),
                width: '56px',
                align: 'center',
                cell: (p) => {
                  const isLocked = locked.has(p.id);
                  return (
                    <input
                      type="checkbox"
                      checked={picked.includes(p.id)}
                      disabled={isLocked || select.busy}
                      onChange={() => pick(p.id)}
                      aria-label={t('dept.pick', { project: `${p.code} ${p.name}` })}
                      aria-describedby={select.failure?.fields.projectIds ? errorId('dept', 'projectIds') : undefined}
                      title={isLocked ? t('dept.lockedFinal') : undefined}
                      data-testid={`dept-pick-${p.code}`}
                    />
                  );
                },
              },
              {
                key: 'project',
                header: t('work.project'),
                cell: (p) => (
                  <span title={p.name}>
                    {p.code} {p.name}
                    {p.isKey && (
                      <>
                        {' '}
                        <span className="badge badge--key">{t('dept.key')}</span>
                      </>
                    )}
                    {p.kind === 'ONE_OFF' && (
                      <>
                        {' '}
                        <span className="badge badge--state-none">{t('dept.oneOff')}</span>
                      </>
                    )}
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
                cell: (p) => departmentEvaluationOf(p.evaluations)?.score?.toFixed(2) ?? '—',
              },
              {
                key: 'state',
                header: t('dept.state'),
                width: '110px',
                cell: (p) => {
                  const state = departmentState(p, picked.includes(p.id));
                  if (state === 'final')
                    return (
                      <GradeBadge
                        grade={departmentEvaluationOf(p.evaluations)?.grade}
                        testId={`dept-grade-${p.code}`}
                      />
                    );
                  return (
                    <span
                      className={`badge badge--state-${STATE_TONE[state]}`}
                      data-testid={`dept-state-${p.code}`}
                      data-state={state}
                    >
                      {t(`dept.state.${state}` as MessageKey)}
                    </span>
                  );
                },
              },
              {
                key: 'actions',
                header: t('work.actions'),
                width: '104px',
                cell: (p) =>
                  departmentState(p, picked.includes(p.id)) === 'draft' ? (
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => {
                        setResult(null);
                        setRecording(p.id);
                      }}
                      data-testid={`dept-record-${p.code}`}
                    >
                      {t('dept.record')}
                    </button>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
