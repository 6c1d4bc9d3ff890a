import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { KeyEvaluationCandidatesQuery, WorkKeyEvaluationFieldsFragment } from '../../../generated/graphql';
import { gradeLabel } from '../../projects/project-rows';
import {
  ASSIGN_KEY_EVALUATION,
  FINALIZE_EVALUATION,
  KEY_EVALUATION_AGENCIES,
  KEY_EVALUATION_CANDIDATES,
  KEY_EVALUATION_RULES,
  KEY_EVALUATIONS,
  SUBMIT_KEY_EVALUATION,
} from '../graphql/key-evaluation.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import {
  EMPTY_FINDING,
  EMPTY_KEY_EVALUATION,
  finalizeVariables,
  finalScore,
  hasKeyEvaluation,
  keyEvaluationRows,
  keyEvaluationVariables,
  latestRating,
  minKeyEvaluations,
  type FindingDraft,
  type KeyEvaluationDraft,
} from '../key-evaluation-form';
import type { MutationFailure } from '../mutation-errors';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';
import { GradeBadge, GradeCaps } from './GradePieces';

type KeyEvaluation = WorkKeyEvaluationFieldsFragment;
type Candidate = KeyEvaluationCandidatesQuery['projects']['edges'][number]['node'];

const score = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatDecimal(v, 2));
const projectTitle = (e: KeyEvaluation) => (e.project ? `${e.project.code} ${e.project.name}` : (e.unit?.name ?? ''));
const codeOf = (e: KeyEvaluation) => e.project?.code ?? e.id;

/** The state of a key evaluation, in the words of the one who looks: the performance section or the agency. */
function StatusBadge({ evaluation, agency = false }: { evaluation: KeyEvaluation; agency?: boolean }) {
  const { t } = useI18n();
  const tone = evaluation.status === 'FINAL' ? 'confirmed' : evaluation.status === 'SUBMITTED' ? 'submitted' : 'draft';
  return (
    <span
      className={`badge badge--state-${tone}`}
      data-testid={`keyeval-status-${codeOf(evaluation)}`}
      data-status={evaluation.status}
    >
      {t(`${agency ? 'agencyeval' : 'keyeval'}.status.${evaluation.status}` as MessageKey)}
    </span>
  );
}

/** What the agency reported: its score, the report, the findings; and the final result once there is one. */
function EvaluationReport({
  evaluation,
  declined,
  onToggle,
}: {
  evaluation: KeyEvaluation;
  declined?: ReadonlySet<string>;
  onToggle?: (findingId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section
      className="eval-result"
      data-testid="keyeval-report"
      aria-label={t('keyeval.reportTitle', { project: projectTitle(evaluation) })}
    >
      <h3 className="work-form__title">{t('keyeval.reportTitle', { project: projectTitle(evaluation) })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('keyeval.col.agency')}</dt>
        <dd>{evaluation.agency?.name ?? '—'}</dd>
        <dt>{t('keyeval.col.score')}</dt>
        <dd data-testid="keyeval-agency-score">{score(evaluation.score)}</dd>
        <dt>{t('keyeval.reportName')}</dt>
        <dd data-testid="keyeval-report-name">{evaluation.reportName ?? '—'}</dd>
        <dt>{t('keyeval.evaluatedOn')}</dt>
        <dd>{evaluation.evaluatedOn ?? '—'}</dd>
        {evaluation.status === 'FINAL' && (
          <>
            <dt>{t('keyeval.col.expertScore')}</dt>
            <dd>{score(evaluation.expertScore)}</dd>
            <dt>{t('keyeval.finalScore')}</dt>
            <dd data-testid="keyeval-final-score">{score(finalScore(evaluation))}</dd>
            <dt>{t('keyeval.col.grade')}</dt>
            <dd>
              <GradeBadge grade={evaluation.grade} testId="keyeval-grade" />
              {evaluation.uncappedGrade && evaluation.uncappedGrade !== evaluation.grade && (
                <span className="muted">
                  {' '}
                  {t('keyeval.uncapped')} <GradeBadge grade={evaluation.uncappedGrade} />
                </span>
              )}
              {evaluation.publishedOn && (
                <span className="muted"> · {t('keyeval.publishedOn', { date: evaluation.publishedOn })}</span>
              )}
            </dd>
            <dt>{t('keyeval.caps')}</dt>
            <dd data-testid="keyeval-caps">
              <GradeCaps caps={evaluation.caps} />
            </dd>
          </>
        )}
      </dl>
      <h4 className="work-subheading">{t('keyeval.findings', { count: evaluation.findings.length })}</h4>
      {evaluation.findings.length === 0 ? (
        <p className="muted">{t('keyeval.noFindings')}</p>
      ) : (
        <ol className="keyeval-findings" data-testid="keyeval-findings">
          {evaluation.findings.map((f) => (
            <li key={f.id} data-upheld={f.upheld}>
              <span className="badge badge--state-none">{f.category}</span> {f.text}
              {evaluation.status === 'FINAL' && !f.upheld && (
                <span className="badge badge--grade-poor"> {t('keyeval.notUpheld')}</span>
              )}
              {f.suggestion && <div className="muted">{t('keyeval.suggestion', { text: f.suggestion })}</div>}
              {onToggle && (
                <label className="keyeval-uphold">
                  <input
                    type="checkbox"
                    checked={declined?.has(f.id) ?? false}
                    onChange={() => onToggle(f.id)}
                    data-testid={`keyeval-decline-${f.id}`}
                  />
                  <span>{t('keyeval.decline')}</span>
                </label>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The expert panel's score for a submitted evaluation; the rules give the grade on finalizing. */
function FinalizeForm({
  evaluation,
  onDone,
  onCancel,
}: {
  evaluation: KeyEvaluation;
  onDone: (e: KeyEvaluation) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [expert, setExpert] = useState('');
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDeclined((d) => {
      const next = new Set(d);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = finalizeVariables(evaluation, expert, lang, declined);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: FINALIZE_EVALUATION, variables }),
      (r) =>
        t('keyeval.finalized', {
          project: projectTitle(evaluation),
          grade: gradeLabel(r.data?.finalizeEvaluation.grade, lang),
        }),
    );
    if (done?.data) onDone(done.data.finalizeEvaluation);
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="keyeval-finalize-form" noValidate>
      <EvaluationReport evaluation={evaluation} declined={declined} onToggle={toggle} />
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('keyeval.expertScore')}</span>
        <input
          inputMode="decimal"
          autoComplete="off"
          value={expert}
          onChange={(e) => setExpert(e.target.value)}
          placeholder={score(evaluation.score)}
          autoFocus
          data-testid="keyeval-expert-score"
          {...fieldProps('keyeval', 'expertScore', f)}
        />
        <span className="work-hint">{t('keyeval.expertHint')}</span>
        <FieldError scope="keyeval" field="expertScore" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="keyeval-finalize">
          {action.busy ? t('work.busy') : t('keyeval.finalize')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A search over the year's projects; one with a key evaluation already is shown but cannot be picked. */
function ProjectPicker({ year, onPick }: { year: number; onPick: (p: Candidate) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(KEY_EVALUATION_CANDIDATES, { variables: { year, search: asked || null } });
  const found = (data?.projects.edges ?? []).map((e) => e.node);
  return (
    <div className="keyeval-picker">
      <label className="field">
        <span>{t('keyeval.search')}</span>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          data-testid="keyeval-project-search"
        />
      </label>
      {data && data.projects.totalCount > found.length && (
        <p className="work-hint">{t('keyeval.searchHint', { count: data.projects.totalCount, shown: found.length })}</p>
      )}
      <ul className="library-list" data-testid="keyeval-candidates" aria-busy={loading}>
        {found.map((p) => (
          <li key={p.id}>
            <span className="library-list__name" title={p.name}>
              <span className="mono muted">{p.code}</span> {p.name} <span className="muted">{p.unit?.name} · </span>
              <Money yuan={p.budget} />
            </span>
            {hasKeyEvaluation(p) ? (
              <span className="badge badge--state-none" data-testid={`keyeval-has-${p.code}`}>
                {t('keyeval.hasKey')}
              </span>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => onPick(p)}
                data-testid={`keyeval-pick-${p.code}`}
                aria-label={`${t('keyeval.pick')} ${p.code} ${p.name}`}
              >
                {t('keyeval.pick')}
              </button>
            )}
          </li>
        ))}
        {data && found.length === 0 && <li className="muted">{t('keyeval.noneFound')}</li>}
      </ul>
    </div>
  );
}

/** The performance section assigns a project of the year to an agency for a key evaluation. */
function AssignForm({ year }: { year: number }) {
  const { t } = useI18n();
  const agencies = useQuery(KEY_EVALUATION_AGENCIES);
  const [project, setProject] = useState<Candidate | null>(null);
  const [agencyId, setAgencyId] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const list = agencies.data?.agencies ?? [];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!project) fields.projectId = t('keyeval.noProject');
    if (!agencyId) fields.agencyId = t('keyeval.chooseAgency');
    if (!project || !agencyId) {
      action.reject(fields);
      return;
    }
    const agency = list.find((a) => a.id === agencyId)?.name ?? '';
    const done = await action.run(
      () => action.client.mutate({ mutation: ASSIGN_KEY_EVALUATION, variables: { projectId: project.id, agencyId } }),
      () => t('keyeval.assigned', { project: `${project.code} ${project.name}`, agency }),
    );
    if (done) {
      setProject(null);
      setAgencyId('');
    }
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="keyeval-assign-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      {project ? (
        <div className="field">
          <span>{t('keyeval.picked')}</span>
          <span className="keyeval-picked" data-testid="keyeval-picked">
            <strong>
              {project.code} {project.name}
            </strong>{' '}
            <span className="muted">{project.unit?.name} · </span>
            <Money yuan={project.budget} />{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => setProject(null)}
              data-testid="keyeval-change-project"
            >
              {t('keyeval.change')}
            </button>
          </span>
          <FieldError scope="keyeval" field="projectId" failure={f} />
        </div>
      ) : (
        <fieldset
          className="work-fieldset"
          aria-describedby={f?.fields.projectId ? 'keyeval-err-projectId' : undefined}
        >
          <legend>{t('keyeval.col.project')}</legend>
          <ProjectPicker
            year={year}
            onPick={(p) => {
              setProject(p);
              action.clear();
            }}
          />
          <FieldError scope="keyeval" field="projectId" failure={f} />
        </fieldset>
      )}
      <label className="field work-field">
        <span>{t('keyeval.agency')}</span>
        <select
          value={agencyId}
          onChange={(e) => {
            setAgencyId(e.target.value);
            action.clear();
          }}
          data-testid="keyeval-agency"
          {...fieldProps('keyeval', 'agencyId', f)}
        >
          <option value="">{t('keyeval.chooseAgency')}</option>
          {list.map((a) => {
            const r = latestRating(a.ratings);
            return (
              <option key={a.id} value={a.id}>
                {a.name}（
                {r ? t('keyeval.agencyRating', { year: r.year, rating: r.rating }) : t('keyeval.agencyUnrated')}）
              </option>
            );
          })}
        </select>
        <FieldError scope="keyeval" field="agencyId" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="keyeval-assign">
          {action.busy ? t('work.busy') : t('keyeval.assign')}
        </button>
      </div>
    </form>
  );
}

/**
 * 财政重点评价 for the performance section: assign projects of the year to agencies, then record the
 * expert panel's score on each submitted report (the rules give the grade and caps).
 */
export function KeyEvaluationsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(KEY_EVALUATIONS, { variables: { year } });
  const rules = useQuery(KEY_EVALUATION_RULES, { variables: { year } });
  const min = minKeyEvaluations(rules.data?.ruleSet.rules);
  const [open, setOpen] = useState<string | null>(null);
  const [result, setResult] = useState<KeyEvaluation | null>(null);
  const rows = keyEvaluationRows((data?.evaluations.edges ?? []).map((e) => e.node));
  const opened = rows.find((e) => e.id === open) ?? null;
  const columns: Column<KeyEvaluation>[] = [
    {
      key: 'project',
      header: t('keyeval.col.project'),
      cell: (e) => <span title={projectTitle(e)}>{projectTitle(e)}</span>,
    },
    {
      key: 'agency',
      header: t('keyeval.col.agency'),
      width: '20%',
      cell: (e) => <span title={e.agency?.name}>{e.agency?.name ?? '—'}</span>,
    },
    { key: 'status', header: t('keyeval.col.status'), width: '112px', cell: (e) => <StatusBadge evaluation={e} /> },
    { key: 'score', header: t('keyeval.col.score'), width: '96px', align: 'right', cell: (e) => score(e.score) },
    {
      key: 'expert',
      header: t('keyeval.col.expertScore'),
      width: '96px',
      align: 'right',
      cell: (e) => score(e.expertScore),
    },
    {
      key: 'grade',
      header: t('keyeval.col.grade'),
      width: '96px',
      cell: (e) => <GradeBadge grade={e.grade} testId={`keyeval-grade-${codeOf(e)}`} />,
    },
    {
      key: 'actions',
      header: t('keyeval.col.actions'),
      width: '76px',
      cell: (e) =>
        e.status === 'SUBMITTED' ? (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => {
              setResult(null);
              setOpen(e.id);
            }}
            data-testid={`keyeval-open-${codeOf(e)}`}
          >
            {t('keyeval.finalizeOpen')}
          </button>
        ) : e.status === 'FINAL' ? (
          <button
            type="button"
            className="button button--small"
            aria-expanded={open === e.id}
            onClick={() => {
              setResult(null);
              setOpen(open === e.id ? null : e.id);
            }}
            data-testid={`keyeval-view-${codeOf(e)}`}
          >
            {open === e.id ? t('keyeval.close') : t('keyeval.view')}
          </button>
        ) : null,
    },
  ];
  return (
    <div className="work-stack">
      <Panel
        title={t('keyeval.assignTitle')}
        subtitle={t('keyeval.assignSubtitle', { year })}
        status="ready"
        minHeight={120}
        testId="panel-key-assign"
      >
        {data && (
          <p
            className={min !== null && data.evaluations.totalCount < min ? 'work-note' : 'work-hint'}
            data-testid="keyeval-count"
          >
            {min === null
              ? t('keyeval.count', { count: data.evaluations.totalCount })
              : t('keyeval.countRule', { count: data.evaluations.totalCount, min })}
          </p>
        )}
        <AssignForm year={year} />
      </Panel>
      <Panel
        title={t('keyeval.listTitle', { year })}
        subtitle={t('keyeval.listSubtitle')}
        status={data ? (rows.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
        errorText={error ? errorMessage(error, t, lang) : undefined}
        emptyText={t('keyeval.empty')}
        minHeight={120}
        testId="panel-key-evaluations"
      >
        {result && <EvaluationReport evaluation={result} />}
        {opened && opened.status === 'SUBMITTED' && (
          <FinalizeForm
            key={opened.id}
            evaluation={opened}
            onCancel={() => setOpen(null)}
            onDone={(e) => {
              setResult(e);
              setOpen(null);
            }}
          />
        )}
        {opened && opened.status === 'FINAL' && !result && <EvaluationReport evaluation={opened} />}
        <DataTable
          caption={t('keyeval.listTitle', { year })}
          rows={rows}
          rowKey={(e) => e.id}
          status={rows.length ? 'ready' : 'empty'}
          emptyText={t('keyeval.empty')}
          testId="keyeval-list"
          columns={columns}
        />
      </Panel>
    </div>
  );
}

/** One finding's three fields and its remove button. */
function FindingRow({
  index,
  finding,
  failure,
  onChange,
  onRemove,
}: {
  index: number;
  finding: FindingDraft;
  failure: MutationFailure | null;
  onChange: (patch: Partial<FindingDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const field = (name: string) => `findings[${index}].${name}`;
  return (
    <fieldset className="work-fieldset keyeval-finding" data-testid={`agency-eval-finding-${index}`}>
      <legend>{t('agencyeval.findingN', { n: index + 1 })}</legend>
      <div className="eval-completions">
        <label className="field">
          <span>{t('agencyeval.category')}</span>
          <input
            value={finding.category}
            onChange={(e) => onChange({ category: e.target.value })}
            placeholder={t('agencyeval.categoryHint')}
            maxLength={40}
            data-testid={`agency-eval-category-${index}`}
            {...fieldProps('agencyeval', field('category'), failure)}
          />
          <FieldError scope="agencyeval" field={field('category')} failure={failure} />
        </label>
        <label className="field">
          <span>{t('agencyeval.text')}</span>
          <textarea
            rows={2}
            value={finding.text}
            onChange={(e) => onChange({ text: e.target.value })}
            data-testid={`agency-eval-text-${index}`}
            {...fieldProps('agencyeval', field('text'), failure)}
          />
          <FieldError scope="agencyeval" field={field('text')} failure={failure} />
        </label>
        <label className="field">
          <span>{t('agencyeval.suggestion')}</span>
          <textarea
            rows={2}
            value={finding.suggestion}
            onChange={(e) => onChange({ suggestion: e.target.value })}
            data-testid={`agency-eval-suggestion-${index}`}
            {...fieldProps('agencyeval', field('suggestion'), failure)}
          />
          <FieldError scope="agencyeval" field={field('suggestion')} failure={failure} />
        </label>
      </div>
      <div className="work-form__actions">
        <button
          type="button"
          className="button button--small"
          onClick={onRemove}
          data-testid={`agency-eval-remove-${index}`}
        >
          {t('agencyeval.removeFinding', { n: index + 1 })}
        </button>
      </div>
    </fieldset>
  );
}

/** The agency's report on one assigned key evaluation: score, findings, report name. */
function AgencyReportForm({
  evaluation,
  onDone,
  onCancel,
}: {
  evaluation: KeyEvaluation;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<KeyEvaluationDraft>(EMPTY_KEY_EVALUATION);
  const action = useWorkAction();
  const f = action.failure;
  const setFinding = (i: number, patch: Partial<FindingDraft>) =>
    setDraft((d) => ({ ...d, findings: d.findings.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = keyEvaluationVariables(evaluation, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_KEY_EVALUATION, variables }),
      () => t('agencyeval.submitted', { project: projectTitle(evaluation) }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="agency-eval-form" noValidate>
      <h3 className="work-form__title">
        {projectTitle(evaluation)} <span className="muted">· {evaluation.unit?.name} · </span>
        <Money yuan={evaluation.budget} />
      </h3>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="agencyeval" field="findings" failure={f} />
      </FailureBanner>
      <div className="library-filters">
        <label className="field">
          <span>{t('agencyeval.score')}</span>
          <input
            inputMode="decimal"
            autoComplete="off"
            value={draft.score}
            onChange={(e) => setDraft((d) => ({ ...d, score: e.target.value }))}
            autoFocus
            data-testid="agency-eval-score"
            {...fieldProps('agencyeval', 'score', f)}
          />
          <FieldError scope="agencyeval" field="score" failure={f} />
        </label>
        <label className="field">
          <span>{t('agencyeval.reportName')}</span>
          <input
            value={draft.reportName}
            onChange={(e) => setDraft((d) => ({ ...d, reportName: e.target.value }))}
            placeholder={t('agencyeval.reportHint')}
            data-testid="agency-eval-report"
            {...fieldProps('agencyeval', 'reportName', f)}
          />
          <FieldError scope="agencyeval" field="reportName" failure={f} />
        </label>
      </div>
      <fieldset className="work-fieldset">
        <legend>{t('agencyeval.findings')}</legend>
        {draft.findings.length === 0 && <p className="muted">{t('agencyeval.noFindingRows')}</p>}
        <div className="indicator-rows">
          {draft.findings.map((finding, i) => (
            <FindingRow
              key={i}
              index={i}
              finding={finding}
              failure={f}
              onChange={(patch) => setFinding(i, patch)}
              onRemove={() => setDraft((d) => ({ ...d, findings: d.findings.filter((_, j) => j !== i) }))}
            />
          ))}
        </div>
        <div className="work-form__actions keyeval-add">
          <button
            type="button"
            className="button button--small"
            onClick={() => setDraft((d) => ({ ...d, findings: [...d.findings, EMPTY_FINDING] }))}
            data-testid="agency-eval-add"
          >
            {t('agencyeval.addFinding')}
          </button>
        </div>
      </fieldset>
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy}
          data-testid="agency-eval-submit"
        >
          {action.busy ? t('work.busy') : t('agencyeval.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The agency's key evaluations of the year: report on those assigned; see the submitted ones read-only. */
export function AgencyEvaluationsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(KEY_EVALUATIONS, { variables: { year } });
  const [open, setOpen] = useState<string | null>(null);
  const rows = keyEvaluationRows((data?.evaluations.edges ?? []).map((e) => e.node)).sort(
    (a, b) => (a.status === 'DRAFT' ? 0 : 1) - (b.status === 'DRAFT' ? 0 : 1),
  );
  const opened = rows.find((e) => e.id === open) ?? null;
  const columns: Column<KeyEvaluation>[] = [
    {
      key: 'project',
      header: t('keyeval.col.project'),
      cell: (e) => <span title={projectTitle(e)}>{projectTitle(e)}</span>,
    },
    {
      key: 'unit',
      header: t('keyeval.col.unit'),
      width: '20%',
      cell: (e) => <span title={e.unit?.name}>{e.unit?.name ?? '—'}</span>,
    },
    {
      key: 'budget',
      header: t('keyeval.col.budget'),
      width: '96px',
      align: 'right',
      cell: (e) => <Money yuan={e.budget} />,
    },
    {
      key: 'status',
      header: t('keyeval.col.status'),
      width: '112px',
      cell: (e) => <StatusBadge evaluation={e} agency />,
    },
    { key: 'score', header: t('agencyeval.col.score'), width: '96px', align: 'right', cell: (e) => score(e.score) },
    {
      key: 'grade',
      header: t('keyeval.col.grade'),
      width: '96px',
      cell: (e) => <GradeBadge grade={e.grade} testId={`keyeval-grade-${codeOf(e)}`} />,
    },
    {
      key: 'actions',
      header: t('keyeval.col.actions'),
      width: '76px',
      cell: (e) =>
        e.status === 'DRAFT' ? (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => setOpen(e.id)}
            data-testid={`agency-eval-fill-${codeOf(e)}`}
          >
            {t('agencyeval.fill')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            aria-expanded={open === e.id}
            onClick={() => setOpen(open === e.id ? null : e.id)}
            data-testid={`agency-eval-view-${codeOf(e)}`}
          >
            {open === e.id ? t('keyeval.close') : t('keyeval.view')}
          </button>
        ),
    },
  ];
  return (
    <Panel
      title={t('agencyeval.title', { year })}
      subtitle={t('agencyeval.subtitle')}
      status={data ? (rows.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={t('agencyeval.empty')}
      minHeight={160}
      testId="panel-agency-evaluations"
    >
      {opened && opened.status === 'DRAFT' && (
        <AgencyReportForm
          key={opened.id}
          evaluation={opened}
          onCancel={() => setOpen(null)}
          onDone={() => setOpen(opened.id)}
        />
      )}
      {opened && opened.status !== 'DRAFT' && <EvaluationReport evaluation={opened} />}
      <DataTable
        caption={t('agencyeval.title', { year })}
        rows={rows}
        rowKey={(e) => e.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('agencyeval.empty')}
        testId="agency-eval-list"
        columns={columns}
      />
    </Panel>
  );
}
