import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatRate, formatYuan, formatYuanExact } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { Pager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import type { MessageKey } from '../../../app/i18n/messages';
import type {
  CheckpointReportsQuery,
  MissingReportsQuery,
  ReportingProjectQuery,
  UnitReportingProjectsQuery,
  WorkCheckpointsQuery,
} from '../../../generated/graphql';
import {
  CHECKPOINT_REPORTS,
  CLOSE_CHECKPOINT,
  CONFIRM_MONITORING_REPORT,
  MISSING_REPORTS,
  OPEN_CHECKPOINT,
  REPORTING_PROJECT,
  REVIEW_MONITORING_REPORT,
  SUBMIT_MONITORING_REPORT,
  UNIT_REPORTING_PROJECTS,
  WORK_CHECKPOINTS,
} from '../graphql/monitoring.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import { draftExecutionRate, initialDraft, reportVariables, type ReportDraft } from '../report-form';
import { canFill, reportAt, reportState, targetText } from '../report-rows';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';

type Checkpoint = WorkCheckpointsQuery['checkpoints'][number];

/** The performance section opens a planned checkpoint and closes it once every report is confirmed. */
export function CheckpointsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(WORK_CHECKPOINTS, { variables: { year } });
  const action = useWorkAction();
  const rows = data?.checkpoints ?? [];
  const name = (c: Checkpoint) =>
    `${checkpointName(t, c.month)}${c.scope === 'UNIT_WIDE' ? `（${t('cp.scope.UNIT_WIDE')}）` : ''}`;
  const step = (c: Checkpoint, open: boolean) =>
    action.run(
      () =>
        action.client.mutate({
          mutation: open ? OPEN_CHECKPOINT : CLOSE_CHECKPOINT,
          variables: { id: c.id, version: c.version },
        }),
      () => t(open ? 'cp.opened' : 'cp.closed', { name: name(c) }),
    );
  return (
    <Panel
      title={t('cp.title', { year })}
      subtitle={t('cp.subtitle')}
      status={data ? (rows.length ? 'ready' : 'empty') : error ? 'error' : loading ? 'loading' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={t('cp.empty')}
      minHeight={120}
      testId="panel-checkpoints"
    >
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={t('cp.title', { year })}
        rows={rows}
        rowKey={(c) => c.id}
        status="ready"
        columns={[
          {
            key: 'name',
            header: t('cp.name'),
            cell: (c) => <span data-testid={`cp-name-${c.month}-${c.scope}`}>{name(c)}</span>,
          },
          { key: 'periodEnd', header: t('cp.periodEnd'), width: '110px', cell: (c) => c.periodEnd },
          { key: 'reportDue', header: t('cp.reportDue'), width: '110px', cell: (c) => c.reportDue },
          { key: 'reports', header: t('cp.reports'), width: '80px', align: 'right', cell: (c) => c.reports.totalCount },
          {
            key: 'missing',
            header: t('cp.missing'),
            width: '80px',
            align: 'right',
            cell: (c) =>
              c.scope !== 'PROJECT' || c.status === 'PLANNED' ? (
                <span className="muted">—</span>
              ) : (
                <span
                  className={
                    c.status === 'OPEN' && c.daysOverdue > 0 && c.missingReports.totalCount > 0
                      ? 'text-danger'
                      : undefined
                  }
                  data-testid={`cp-missing-${c.month}-${c.scope}`}
                  data-count={c.missingReports.totalCount}
                >
                  {c.missingReports.totalCount}
                </span>
              ),
          },
          {
            key: 'status',
            header: t('work.status'),
            width: '100px',
            cell: (c) => (
              <span
                className={`badge badge--state-${c.status.toLowerCase()}`}
                data-testid={`cp-status-${c.month}-${c.scope}`}
              >
                {t(`cp.status.${c.status}` as MessageKey)}
              </span>
            ),
          },
          {
            key: 'actions',
            header: t('work.actions'),
            width: '120px',
            cell: (c) =>
              c.status === 'PLANNED' ? (
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={action.busy}
                  onClick={() => void step(c, true)}
                  data-testid={`cp-open-${c.month}-${c.scope}`}
                >
                  {t('cp.open')}
                </button>
              ) : c.status === 'OPEN' ? (
                <button
                  type="button"
                  className="button button--small"
                  disabled={action.busy}
                  onClick={() => void step(c, false)}
                  data-testid={`cp-close-${c.month}-${c.scope}`}
                >
                  {t('cp.close')}
                </button>
              ) : null,
          },
        ]}
      />
      {rows
        .filter((c) => c.status === 'OPEN' && c.scope === 'PROJECT' && c.missingReports.totalCount > 0)
        .map((c) => (
          <MissingReports key={c.id} checkpoint={c} name={name(c)} />
        ))}
    </Panel>
  );
}

type MissingPage = Extract<NonNullable<MissingReportsQuery['node']>, { missingReports: unknown }>['missingReports'];
const EMPTY_MISSING: MissingPage = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
const missingConnection = (d: MissingReportsQuery) =>
  d.node && 'missingReports' in d.node ? d.node.missingReports : EMPTY_MISSING;
const MISSING_PAGE_SIZE = 20;

/** 催报清单: the projects of an open checkpoint that have not reported, with how late they are. */
function MissingReports({ checkpoint, name }: { checkpoint: Checkpoint; name: string }) {
  const { t } = useI18n();
  const pages = useCursorPages(MISSING_REPORTS, { id: checkpoint.id }, missingConnection, MISSING_PAGE_SIZE);
  const late = checkpoint.daysOverdue > 0;
  return (
    <section className="missing-reports" data-testid={`missing-reports-${checkpoint.month}`}>
      <h3 className="work-subheading">
        {t(late ? 'cp.missingLate' : 'cp.missingTitle', {
          name,
          count: pages.totalCount,
          due: checkpoint.reportDue,
          days: checkpoint.daysOverdue,
        })}
      </h3>
      <DataTable
        caption={t('cp.missingTitle', {
          name,
          count: pages.totalCount,
          due: checkpoint.reportDue,
          days: checkpoint.daysOverdue,
        })}
        rows={pages.nodes}
        rowKey={(p) => p.id}
        status={pages.status === 'ready' ? (pages.nodes.length ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('work.nothingWaiting')}
        testId={`missing-table-${checkpoint.month}`}
        columns={[
          {
            key: 'unit',
            header: t('work.unit'),
            width: '160px',
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
            width: '110px',
            align: 'right',
            cell: (p) => <Money yuan={p.budget} />,
          },
          { key: 'due', header: t('cp.reportDue'), width: '110px', cell: () => checkpoint.reportDue },
          {
            key: 'late',
            header: t('cp.lateness'),
            width: '130px',
            cell: () =>
              late ? (
                <span className="badge badge--flag-red">{t('cp.overdueDays', { days: checkpoint.daysOverdue })}</span>
              ) : (
                <span className="muted">{t('cp.notDue')}</span>
              ),
          },
        ]}
      />
      {pages.status === 'ready' && pages.totalCount > MISSING_PAGE_SIZE && (
        <Pager
          page={pages.page}
          pageSize={MISSING_PAGE_SIZE}
          totalCount={pages.totalCount}
          hasPrevious={pages.hasPrevious}
          hasNext={pages.hasNext}
          onPrevious={pages.previous}
          onNext={pages.next}
        />
      )}
    </section>
  );
}

type ListedProject = UnitReportingProjectsQuery['projects']['edges'][number]['node'];
type ReportingProject = Extract<NonNullable<ReportingProjectQuery['node']>, { indicators: unknown }>;

/** Loads the picked project's indicators and reports, then shows its form. */
function ReportFormLoader({
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
      <label className="field work-field">
        <span>{t('report.executed')}</span>
        <input
          name="executed"
          inputMode="decimal"
          autoComplete="off"
          value={draft.executed}
          onChange={(e) => setDraft((d) => ({ ...d, executed: e.target.value }))}
          data-testid="report-executed"
          {...fieldProps('report', 'executed', f)}
        />
        <span className="work-hint" data-testid="report-budget">
          {t('report.executedHint', {
            budget: formatYuan(project.budget, { locale: lang }),
            exact: formatYuanExact(project.budget, lang),
            rate: rate === null ? '—' : formatRate(rate),
          })}
        </span>
        <FieldError scope="report" field="executed" failure={f} />
      </label>
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
                <label className="field">
                  <span>{t('report.actual')}</span>
                  <input
                    value={draft.actuals[i]?.actualValue ?? ''}
                    onChange={(e) => setActual(i, { actualValue: e.target.value })}
                    disabled={qualitative}
                    inputMode="decimal"
                    data-testid={`report-actual-${i}`}
                    {...fieldProps('report', `actuals[${i}].actualValue`, f)}
                  />
                  <FieldError scope="report" field={`actuals[${i}].actualValue`} failure={f} />
                </label>
                <label className="field">
                  <span>
                    {t('report.explanation')} <span className="work-hint">{t('report.explanationHint')}</span>
                  </span>
                  <textarea
                    rows={2}
                    value={draft.actuals[i]?.explanation ?? ''}
                    onChange={(e) => setActual(i, { explanation: e.target.value })}
                    data-testid={`report-explanation-${i}`}
                    {...fieldProps('report', `actuals[${i}].explanation`, f)}
                  />
                  <FieldError scope="report" field={`actuals[${i}].explanation`} failure={f} />
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="report-submit">
          {action.busy ? t('work.busy') : previous?.status === 'DRAFT' ? t('report.resubmit') : t('report.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The unit's reports at the open checkpoints: the projects due, and the form of the one picked. */
export function ReportPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const cps = useQuery(WORK_CHECKPOINTS, { variables: { year } });
  const projects = useQuery(UNIT_REPORTING_PROJECTS, { variables: { year } });
  const open = (cps.data?.checkpoints ?? []).filter((c) => c.status === 'OPEN' && c.scope === 'PROJECT');
  const [checkpointId, setCheckpointId] = useState<string | null>(null);
  const checkpoint = open.find((c) => c.id === checkpointId) ?? open[0] ?? null;
  const [editing, setEditing] = useState<string | null>(null);
  const due = checkpoint
    ? (projects.data?.projects.edges ?? []).map((e) => e.node).filter((p) => p.budgetedOn <= checkpoint.periodEnd)
    : [];
  const error = cps.error ?? projects.error;
  const ready = cps.data && projects.data;
  const picked: ListedProject | null = due.find((p) => p.id === editing) ?? null;
  return (
    <Panel
      title={t('report.title')}
      subtitle={t('report.subtitle')}
      status={ready ? (checkpoint ? 'ready' : 'empty') : error ? 'error' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={t('report.noOpen')}
      minHeight={160}
      testId="panel-report"
    >
      {checkpoint && (
        <>
          {open.length > 1 && (
            <label className="field field--inline">
              <span>{t('report.checkpoint')}</span>
              <select
                value={checkpoint.id}
                onChange={(e) => setCheckpointId(e.target.value)}
                data-testid="report-checkpoint"
              >
                {open.map((c) => (
                  <option key={c.id} value={c.id}>
                    {checkpointName(t, c.month)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className="work-hint">
            {checkpointName(t, checkpoint.month)} · {t('cp.reportDue')} {checkpoint.reportDue}
          </p>
          {picked ? (
            <ReportFormLoader
              key={`${picked.id}-${checkpoint.id}`}
              projectId={picked.id}
              checkpoint={checkpoint}
              onDone={() => setEditing(null)}
            />
          ) : (
            <DataTable
              caption={t('report.projects')}
              rows={due}
              rowKey={(p) => p.id}
              status={due.length ? 'ready' : 'empty'}
              emptyText={t('work.nothingWaiting')}
              testId="report-projects"
              columns={[
                {
                  key: 'code',
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
                  width: '120px',
                  align: 'right',
                  cell: (p) => <Money yuan={p.budget} />,
                },
                {
                  key: 'state',
                  header: t('report.state'),
                  width: '150px',
                  cell: (p) => {
                    const s = reportState(reportAt(p.monitoringReports, checkpoint.id));
                    return (
                      <span className={`badge badge--state-${s.toLowerCase()}`}>
                        {t(`report.state.${s}` as MessageKey)}
                      </span>
                    );
                  },
                },
                {
                  key: 'actions',
                  header: t('work.actions'),
                  width: '100px',
                  cell: (p) => {
                    const s = reportState(reportAt(p.monitoringReports, checkpoint.id));
                    return canFill(s) ? (
                      <button
                        type="button"
                        className="button button--small button--primary"
                        onClick={() => setEditing(p.id)}
                        data-testid={`report-fill-${p.code}`}
                      >
                        {s === 'DRAFT' ? t('report.refill') : t('report.fill')}
                      </button>
                    ) : null;
                  },
                },
              ]}
            />
          )}
        </>
      )}
    </Panel>
  );
}

type QueueCheckpoint = Extract<NonNullable<CheckpointReportsQuery['node']>, { reports: unknown }>;
type QueueReport = QueueCheckpoint['reports']['edges'][number]['node'];
type QueueRow = QueueReport & { month: number };

const QUEUE_PAGE_SIZE = 50;
const EMPTY_PAGE = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
/** The page of reports of the checkpoint, each with the checkpoint's month. */
const queueConnection = (d: CheckpointReportsQuery) => {
  const c = d.node && 'reports' in d.node ? d.node : null;
  return c
    ? { ...c.reports, edges: c.reports.edges.map((e) => ({ node: { ...e.node, month: c.month } as QueueRow })) }
    : EMPTY_PAGE;
};

/** The verdict of a confirmed report and the flag it raised at its checkpoint. */
function Verdict({ report }: { report: QueueRow }) {
  const { t } = useI18n();
  if (report.failed == null) return <span className="muted">—</span>;
  const flag = report.project?.flags.find((f) => f.raisedAt?.id === report.checkpoint?.id);
  return (
    <span className="verdict" data-testid={`verdict-${report.project?.code ?? report.id}`}>
      <span className={report.failed ? 'badge badge--grade-poor' : 'badge badge--grade-excellent'}>
        {report.failed ? t('review.failed') : t('review.passed')}
      </span>{' '}
      {report.failureReasons.map((r) => t(`review.reason.${r.code}` as MessageKey)).join('；')}{' '}
      {flag && (
        <span className={`badge badge--flag-${flag.level.toLowerCase()}`}>
          {t('review.flagRaised', { level: t(`flags.level.${flag.level}`) })}
        </span>
      )}
    </span>
  );
}

/**
 * The review queues: the business section passes or returns submitted reports (the performance section
 * does it for classified units, which the sections cannot see); the performance section confirms reviewed
 * ones (the rules give the verdict and raise the flags). The server filters by state, a page at a time.
 */
export function ReportQueue({ year, mode, role }: { year: number; mode: 'review' | 'confirm'; role?: string }) {
  const { t, lang } = useI18n();
  const cps = useQuery(WORK_CHECKPOINTS, { variables: { year } });
  const open = (cps.data?.checkpoints ?? []).filter((c) => c.status === 'OPEN' && c.scope === 'PROJECT');
  const [checkpointId, setCheckpointId] = useState<string | null>(null);
  const checkpoint = open.find((c) => c.id === checkpointId) ?? open[0] ?? null;
  const standIn = mode === 'review' && role === 'PERFORMANCE';
  return (
    <Panel
      title={mode === 'review' ? t(standIn ? 'review.standInTitle' : 'review.title') : t('review.confirmTitle')}
      subtitle={
        mode === 'review' ? t(standIn ? 'review.standInSubtitle' : 'review.subtitle') : t('review.confirmSubtitle')
      }
      status={cps.data ? (checkpoint ? 'ready' : 'empty') : cps.error ? 'error' : 'loading'}
      errorText={cps.error ? errorMessage(cps.error, t, lang) : undefined}
      emptyText={t('review.noOpen')}
      minHeight={160}
      testId={mode === 'review' ? 'panel-review' : 'panel-confirm'}
    >
      {open.length > 1 && checkpoint && (
        <label className="field field--inline">
          <span>{t('report.checkpoint')}</span>
          <select
            value={checkpoint.id}
            onChange={(e) => setCheckpointId(e.target.value)}
            data-testid="queue-checkpoint"
          >
            {open.map((c) => (
              <option key={c.id} value={c.id}>
                {checkpointName(t, c.month)}
              </option>
            ))}
          </select>
        </label>
      )}
      {checkpoint && (
        <QueueTable key={checkpoint.id} checkpointId={checkpoint.id} mode={mode} classified={standIn ? true : null} />
      )}
      {checkpoint && mode === 'confirm' && (
        <ConfirmedReports key={`done-${checkpoint.id}`} checkpointId={checkpoint.id} />
      )}
    </Panel>
  );
}

function useQueueColumns() {
  const { t } = useI18n();
  return [
    {
      key: 'unit',
      header: t('work.unit'),
      width: '130px',
      cell: (r: QueueRow) => <span title={r.project?.unit?.name}>{r.project?.unit?.name ?? '—'}</span>,
    },
    {
      key: 'project',
      header: t('work.project'),
      cell: (r: QueueRow) => (
        <span title={r.project?.name}>
          {r.project?.code} {r.project?.name}
        </span>
      ),
    },
    { key: 'cp', header: t('review.checkpoint'), width: '80px', cell: (r: QueueRow) => checkpointName(t, r.month) },
    {
      key: 'budget',
      header: t('work.budget'),
      width: '100px',
      align: 'right' as const,
      cell: (r: QueueRow) => <Money yuan={r.budget} />,
    },
    {
      key: 'executed',
      header: t('review.executed'),
      width: '100px',
      align: 'right' as const,
      cell: (r: QueueRow) => <Money yuan={r.executed} />,
    },
    {
      key: 'rate',
      header: t('review.rate'),
      width: '70px',
      align: 'right' as const,
      cell: (r: QueueRow) => formatRate(r.executionRate),
    },
    { key: 'date', header: t('review.submittedOn'), width: '100px', cell: (r: QueueRow) => r.submittedOn ?? '—' },
  ];
}

/** The reports waiting at one checkpoint: pass or return (first review), or confirm. */
function QueueTable({
  checkpointId,
  mode,
  classified,
}: {
  checkpointId: string;
  mode: 'review' | 'confirm';
  classified: boolean | null;
}) {
  const { t } = useI18n();
  const pages = useCursorPages(
    CHECKPOINT_REPORTS,
    { id: checkpointId, status: mode === 'review' ? 'SUBMITTED' : 'REVIEWED', classified },
    queueConnection,
    QUEUE_PAGE_SIZE,
  );
  const action = useWorkAction();
  const [returning, setReturning] = useState<QueueRow | null>(null);
  const [comment, setComment] = useState('');
  const rows = pages.nodes;
  const columns = useQueueColumns();
  const name = (r: QueueRow) => r.project?.name ?? r.id;
  const review = async (r: QueueRow, approve: boolean) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: REVIEW_MONITORING_REPORT,
          variables: { id: r.id, version: r.version, approve, comment: approve ? '' : comment },
        }),
      () => t(approve ? 'review.approved' : 'review.returnedToast', { project: name(r) }),
    );
    if (done && !approve) {
      setReturning(null);
      setComment('');
    }
  };
  const confirm = (r: QueueRow) =>
    action.run(
      () => action.client.mutate({ mutation: CONFIRM_MONITORING_REPORT, variables: { id: r.id, version: r.version } }),
      (res) => {
        const c = res.data?.confirmMonitoringReport;
        const flag = c?.project?.flags.find((f) => f.status === 'OPEN');
        const verdict = c?.failed
          ? `${t('review.failed')}${flag ? `，${t('review.flagRaised', { level: t(`flags.level.${flag.level}`) })}` : ''}`
          : t('review.passed');
        return t('review.confirmed', { project: name(r), verdict });
      },
    );
  return (
    <>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={mode === 'review' ? t('review.title') : t('review.confirmTitle')}
        rows={rows}
        rowKey={(r) => r.id}
        status={pages.status === 'ready' ? (rows.length ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('work.nothingWaiting')}
        testId={mode === 'review' ? 'review-queue' : 'confirm-queue'}
        columns={[
          ...columns,
          {
            key: 'actions',
            header: t('work.actions'),
            width: mode === 'review' ? '132px' : '80px',
            cell: (r: QueueRow) =>
              mode === 'review' ? (
                <span className="row-actions">
                  <button
                    type="button"
                    className="button button--small button--primary"
                    disabled={action.busy}
                    onClick={() => void review(r, true)}
                    data-testid={`review-approve-${r.project?.code}`}
                  >
                    {t('work.approve')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={action.busy}
                    onClick={() => {
                      setReturning(r);
                      action.clear();
                    }}
                    data-testid={`review-return-${r.project?.code}`}
                  >
                    {t('work.return')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={action.busy}
                  onClick={() => void confirm(r)}
                  data-testid={`confirm-${r.project?.code}`}
                >
                  {t('review.confirm')}
                </button>
              ),
          },
        ]}
      />
      {pages.status === 'ready' && pages.totalCount > QUEUE_PAGE_SIZE && (
        <Pager
          page={pages.page}
          pageSize={QUEUE_PAGE_SIZE}
          totalCount={pages.totalCount}
          hasPrevious={pages.hasPrevious}
          hasNext={pages.hasNext}
          onPrevious={pages.previous}
          onNext={pages.next}
        />
      )}
      {returning && (
        <form
          className="work-form"
          onSubmit={(e) => {
            e.preventDefault();
            void review(returning, false);
          }}
          data-testid="return-form"
        >
          <label className="field">
            <span>{t('review.commentFor', { project: name(returning) })}</span>
            <textarea
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              autoFocus
              data-testid="return-comment"
              {...fieldProps('return', 'comment', action.failure)}
            />
            <FieldError scope="return" field="comment" failure={action.failure} />
          </label>
          <div className="work-form__actions">
            <button type="submit" className="button button--danger" disabled={action.busy} data-testid="return-submit">
              {t('work.confirmReturn')}
            </button>
            <button type="button" className="button" onClick={() => setReturning(null)}>
              {t('work.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

/** The reports confirmed at a checkpoint, with the verdict the rules gave and the flag raised. */
function ConfirmedReports({ checkpointId }: { checkpointId: string }) {
  const { t } = useI18n();
  const pages = useCursorPages(
    CHECKPOINT_REPORTS,
    { id: checkpointId, status: 'CONFIRMED', classified: null },
    queueConnection,
    QUEUE_PAGE_SIZE,
  );
  const columns = useQueueColumns();
  if (pages.status !== 'ready' || pages.totalCount === 0) return null;
  return (
    <>
      <h3 className="work-subheading">{t('review.confirmedList')}</h3>
      <DataTable
        caption={t('review.confirmedList')}
        rows={pages.nodes}
        rowKey={(r) => r.id}
        status="ready"
        testId="confirmed-reports"
        columns={[
          ...columns.filter((c) => c.key !== 'date'),
          {
            key: 'verdict',
            header: t('review.verdict'),
            width: '220px',
            cell: (r: QueueRow) => <Verdict report={r} />,
          },
        ]}
      />
      {pages.totalCount > QUEUE_PAGE_SIZE && (
        <Pager
          page={pages.page}
          pageSize={QUEUE_PAGE_SIZE}
          totalCount={pages.totalCount}
          hasPrevious={pages.hasPrevious}
          hasNext={pages.hasNext}
          onPrevious={pages.previous}
          onNext={pages.next}
        />
      )}
    </>
  );
}
