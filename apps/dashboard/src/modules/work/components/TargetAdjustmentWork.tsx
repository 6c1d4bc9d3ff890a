import { useState, type CSSProperties, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { COMPARATOR_SYMBOLS, INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { Pager } from '../../../app/components/Pager';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';
import type {
  AdjustableProjectsQuery,
  AdjustmentCheckpointsQuery,
  PendingAdjustmentsQuery,
  WorkTargetAdjustmentFieldsFragment,
} from '../../../generated/graphql';
import {
  changeCounts,
  indicatorChanges,
  type ComparedField,
  type DraftIndicator,
  type IndicatorChange,
} from '../adjustment-form';
import {
  ADJUSTABLE_PROJECTS,
  ADJUSTMENT_CHECKPOINTS,
  DECIDE_TARGET_ADJUSTMENT,
  PENDING_ADJUSTMENTS,
  REQUEST_TARGET_ADJUSTMENT,
} from '../graphql/target-adjustment.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import { targetIndicators } from '../targets-form';
import { linkedIndicators, rowWithLink, type LinkedRow } from '../transfer-form';
import { OwnIndicatorForm } from './OwnIndicatorForm';
import { useTransferOptions } from './TransferSplitWork';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';
import { IndicatorRowsEditor, label, LibraryPicker } from './TargetsWork';

type Adjustment = WorkTargetAdjustmentFieldsFragment;
type AdjustableProject = AdjustableProjectsQuery['projects']['edges'][number]['node'];
type PendingProject = PendingAdjustmentsQuery['projects']['edges'][number]['node'];
type Checkpoint = AdjustmentCheckpointsQuery['checkpoints'][number];

const PAGE_SIZE = 20;
const DECIDE_PAGE_SIZE = 5;
const adjustableConnection = (d: AdjustableProjectsQuery) => d.projects;
const pendingConnection = (d: PendingAdjustmentsQuery) => d.projects;

/** The date part of a date or timestamp the API gives (YYYY-MM-DD). */
const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '—');

function useCheckpointName() {
  const { t } = useI18n();
  return (c: { month: number; scope: string } | null) =>
    c === null
      ? '—'
      : t('tadjust.checkpointName', {
          name: checkpointName(t, c.month),
          scope: t(`cp.scope.${c.scope}` as MessageKey),
        });
}

function AdjustmentBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useI18n();
  const tone = status === 'APPROVED' ? 'confirmed' : status === 'REJECTED' ? 'draft' : 'submitted';
  return (
    <span className={`badge badge--state-${tone}`} data-testid={testId} data-status={status}>
      {t(`tadjust.status.${status}` as MessageKey)}
    </span>
  );
}

const MARK: CSSProperties = {
  background: 'var(--jx-warning-soft)',
  color: 'inherit',
  fontWeight: 600,
  padding: '0 2px',
  borderRadius: 3,
};

/** One side of an indicator in the comparison; the values that differ from the other side are marked. */
function DraftValues({ ind, changed }: { ind: DraftIndicator; changed: readonly ComparedField[] }) {
  const { t } = useI18n();
  const part = (field: ComparedField, content: ReactNode) =>
    changed.includes(field) ? (
      <mark style={MARK} data-changed={field}>
        {content}
      </mark>
    ) : (
      content
    );
  const qualitative = ind.comparator === 'QUALITATIVE';
  return (
    <span>
      {part('comparator', COMPARATOR_SYMBOLS[ind.comparator as keyof typeof COMPARATOR_SYMBOLS] ?? ind.comparator)}{' '}
      {qualitative ? part('targetText', ind.targetText ?? '') : part('targetValue', ind.targetValue ?? '—')}{' '}
      {!qualitative && part('unitOfMeasure', ind.unitOfMeasure ?? '')}
      <span className="muted">
        {' · '}
        {t('targets.weight')} {part('weight', Number(ind.weight))}
      </span>
      {changed.includes('level2') && (
        <>
          {' · '}
          {part('level2', ind.level2)}
        </>
      )}
      {(ind.isKey || changed.includes('isKey')) && (
        <>
          {' · '}
          {part('isKey', ind.isKey ? t('tadjust.key') : <s>{t('tadjust.key')}</s>)}
        </>
      )}
    </span>
  );
}

const KIND_TONE: Record<IndicatorChange['kind'], string> = {
  changed: 'reviewed',
  added: 'confirmed',
  removed: 'draft',
  unchanged: 'none',
};

/** The before → after comparison of an adjustment: one line per indicator, changed values marked, added and removed ones labelled. */
export function AdjustmentComparison({
  adjustment,
  testId,
}: {
  adjustment: { before: readonly DraftIndicator[]; proposed: readonly DraftIndicator[] };
  testId: string;
}) {
  const { t, lang } = useI18n();
  const lines = indicatorChanges(adjustment.before, adjustment.proposed);
  const counts = changeCounts(lines);
  return (
    <div data-testid={testId}>
      <p className="muted" style={{ margin: '0 0 6px', fontSize: 13 }} data-testid={`${testId}-summary`}>
        {t('tadjust.compare')} · {t('tadjust.summary', counts)}
      </p>
      <DataTable
        caption={t('tadjust.compare')}
        rows={lines.map((line, i) => ({ line, i }))}
        rowKey={(r) => String(r.i)}
        status={lines.length ? 'ready' : 'empty'}
        columns={[
          {
            key: 'kind',
            header: '',
            width: '96px',
            cell: ({ line, i }) => (
              <span
                className={`badge badge--state-${KIND_TONE[line.kind]}`}
                data-testid={`${testId}-kind-${i}`}
                data-kind={line.kind}
              >
                {t(`tadjust.kind.${line.kind}` as MessageKey)}
              </span>
            ),
          },
          {
            key: 'name',
            header: t('tadjust.indicator'),
            cell: ({ line }) => {
              const ind = (line.after ?? line.before)!;
              return (
                <span title={`${label(INDICATOR_LEVEL1_LABELS, ind.level1, lang)} · ${ind.level2} · ${ind.name}`}>
                  {ind.name} <span className="muted">{label(INDICATOR_LEVEL1_LABELS, ind.level1, lang)}</span>
                </span>
              );
            },
          },
          {
            key: 'before',
            header: t('tadjust.before'),
            width: '30%',
            cell: ({ line, i }) =>
              line.before ? (
                <span
                  data-testid={`${testId}-before-${i}`}
                  style={line.kind === 'removed' ? { textDecoration: 'line-through' } : undefined}
                >
                  <DraftValues ind={line.before} changed={line.changed} />
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            key: 'after',
            header: t('tadjust.after'),
            width: '30%',
            cell: ({ line, i }) =>
              line.after ? (
                <span data-testid={`${testId}-after-${i}`}>
                  <DraftValues ind={line.after} changed={line.changed} />
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
        ]}
      />
    </div>
  );
}

/** The unit's request: a copy of the approved indicators to edit, the checkpoint and the reason. */
function AdjustmentForm({
  project,
  checkpoints,
  onDone,
}: {
  project: AdjustableProject;
  checkpoints: readonly Checkpoint[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const name = useCheckpointName();
  // Each row keeps its library template and its share of an upper-level transfer target, if any.
  const [rows, setRows] = useState<LinkedRow[]>(() => project.indicators.map(rowWithLink));
  const transferTargets = useTransferOptions(project);
  const [checkpointId, setCheckpointId] = useState(
    () => (checkpoints.find((c) => c.scope === 'PROJECT') ?? checkpoints[0])?.id ?? '',
  );
  const [reason, setReason] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: REQUEST_TARGET_ADJUSTMENT,
          variables: {
            projectId: project.id,
            checkpointId,
            indicators: linkedIndicators(rows),
            reason: reason.trim(),
            version: project.version,
          },
        }),
      () => t('tadjust.sent', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="adjust-form" noValidate>
      <h3 className="work-form__title">{t('tadjust.formTitle', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="adjust" field="indicators" failure={f} />
        <FieldError scope="adjust" field="projectId" failure={f} />
      </FailureBanner>
      <label className="field work-field">
        <span>{t('tadjust.checkpoint')}</span>
        <select
          value={checkpointId}
          onChange={(e) => setCheckpointId(e.target.value)}
          data-testid="adjust-checkpoint"
          {...fieldProps('adjust', 'checkpointId', f)}
        >
          {checkpoints.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </select>
        <FieldError scope="adjust" field="checkpointId" failure={f} />
      </label>
      <LibraryPicker onPick={(row) => setRows((rs) => [...rs, row])} />
      <OwnIndicatorForm onAdd={(row) => setRows((rs) => [...rs, row])} />
      <IndicatorRowsEditor rows={rows} setRows={setRows} failure={f} scope="adjust" transferTargets={transferTargets} />
      <fieldset className="work-fieldset">
        <legend>{t('tadjust.preview')}</legend>
        <AdjustmentComparison
          adjustment={{ before: project.indicators, proposed: targetIndicators(rows) }}
          testId="adjust-preview"
        />
      </fieldset>
      <label className="field">
        <span>{t('tadjust.reason')}</span>
        <textarea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="adjust-reason"
          {...fieldProps('adjust', 'reason', f)}
        />
        <FieldError scope="adjust" field="reason" failure={f} />
      </label>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="adjust-send">
          {action.busy ? t('work.busy') : t('tadjust.send')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A project's requests, newest first: status, checkpoint, reason, decision, and what each changed. */
function AdjustmentHistory({ project }: { project: AdjustableProject }) {
  const { t } = useI18n();
  const name = useCheckpointName();
  return (
    <section
      className="work-form"
      data-testid={`adjust-history-${project.code}`}
      aria-label={t('tadjust.historyTitle', { project: project.name })}
    >
      <h3 className="work-form__title">{t('tadjust.historyTitle', { project: `${project.code} ${project.name}` })}</h3>
      {project.targetAdjustments.length === 0 && <p className="muted">{t('tadjust.noHistory')}</p>}
      {project.targetAdjustments.map((a, n) => (
        <div className="work-fieldset" key={a.id} data-testid={`adjust-history-item-${n}`}>
          <p style={{ margin: '0 0 6px', fontSize: 13 }}>
            <AdjustmentBadge status={a.status} testId={`adjust-history-status-${n}`} /> {t('tadjust.requestedAt')}{' '}
            {day(a.requestedAt)} · {name(a.checkpoint)}
            {a.decidedOn && ` · ${t('tadjust.decidedOn')} ${day(a.decidedOn)}`}
          </p>
          <p style={{ margin: '0 0 6px', fontSize: 13 }}>
            {t('tadjust.reasonLabel')}：{a.reason}
          </p>
          {a.decisionComment && (
            <p className="work-note" style={{ marginBottom: 6 }} data-testid={`adjust-history-comment-${n}`}>
              {t('tadjust.decision')}：{a.decisionComment}
            </p>
          )}
          <AdjustmentComparison adjustment={a} testId={`adjust-history-compare-${n}`} />
        </div>
      ))}
    </section>
  );
}

/** The unit's projects with approved targets: request a change at an open checkpoint, see the requests made. */
export function AdjustTargetsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const name = useCheckpointName();
  const cps = useQuery(ADJUSTMENT_CHECKPOINTS, { variables: { year } });
  const pages = useCursorPages(ADJUSTABLE_PROJECTS, { year }, adjustableConnection, PAGE_SIZE);
  const [open, setOpen] = useState<{ id: string; mode: 'request' | 'history' } | null>(null);
  const openCheckpoints = (cps.data?.checkpoints ?? []).filter((c) => c.status === 'OPEN');
  const current = pages.nodes.find((p) => p.id === open?.id) ?? null;
  const pendingOf = (p: AdjustableProject) => p.targetAdjustments.find((a) => a.status === 'PENDING');
  return (
    <Panel
      title={t('tadjust.title', { year })}
      subtitle={t('tadjust.subtitle')}
      status={
        pages.status === 'ready' && cps.data ? 'ready' : pages.status === 'error' || cps.error ? 'error' : 'loading'
      }
      errorText={pages.errorText ?? (cps.error ? errorMessage(cps.error, t, lang) : undefined)}
      onRetry={pages.retry}
      minHeight={160}
      testId="panel-adjust-targets"
    >
      {current && open?.mode === 'request' ? (
        <AdjustmentForm key={current.id} project={current} checkpoints={openCheckpoints} onDone={() => setOpen(null)} />
      ) : (
        <>
          <p
            className={openCheckpoints.length ? 'muted' : 'work-note'}
            style={{ margin: '0 0 10px', fontSize: 13 }}
            data-testid="adjust-open-checkpoints"
          >
            {openCheckpoints.length
              ? t('tadjust.openAt', { list: openCheckpoints.map(name).join('、') })
              : t('tadjust.noOpen')}
          </p>
          <DataTable
            caption={t('tadjust.title', { year })}
            rows={pages.nodes}
            rowKey={(p) => p.id}
            status={pages.nodes.length ? 'ready' : 'empty'}
            emptyText={t('tadjust.empty')}
            testId="adjust-projects"
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
                width: '100px',
                align: 'right',
                cell: (p) => <Money yuan={p.budget} />,
              },
              {
                key: 'count',
                header: t('targets.count'),
                width: '96px',
                align: 'right',
                cell: (p) => p.indicators.length,
              },
              {
                key: 'published',
                header: t('tpublish.publishedOn'),
                width: '104px',
                cell: (p) => (
                  <span data-testid={`adjust-published-${p.code}`}>
                    {p.targetsPublishedOn ?? <span className="muted">{t('tadjust.toPublish')}</span>}
                  </span>
                ),
              },
              {
                key: 'latest',
                header: t('work.status'),
                width: '84px',
                cell: (p) =>
                  p.targetAdjustments[0] ? (
                    <AdjustmentBadge status={p.targetAdjustments[0].status} testId={`adjust-status-${p.code}`} />
                  ) : (
                    <span className="muted">—</span>
                  ),
              },
              {
                key: 'actions',
                header: t('work.actions'),
                width: '200px',
                cell: (p) => (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      disabled={openCheckpoints.length === 0 || !!pendingOf(p)}
                      title={
                        pendingOf(p)
                          ? t('tadjust.status.PENDING')
                          : openCheckpoints.length === 0
                            ? t('tadjust.noOpen')
                            : undefined
                      }
                      onClick={() => setOpen({ id: p.id, mode: 'request' })}
                      data-testid={`adjust-request-${p.code}`}
                    >
                      {t('tadjust.request')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-expanded={open?.id === p.id && open.mode === 'history'}
                      onClick={() =>
                        setOpen(open?.id === p.id && open.mode === 'history' ? null : { id: p.id, mode: 'history' })
                      }
                      data-testid={`adjust-show-history-${p.code}`}
                    >
                      {open?.id === p.id && open.mode === 'history'
                        ? t('tadjust.hideHistory')
                        : t('tadjust.showHistory', { count: p.targetAdjustments.length })}
                    </button>
                  </span>
                ),
              },
            ]}
          />
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={pages.totalCount}
            hasPrevious={pages.hasPrevious}
            hasNext={pages.hasNext}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
          {current && open?.mode === 'history' && <AdjustmentHistory project={current} />}
        </>
      )}
    </Panel>
  );
}

/** One pending request as the performance section decides it: the comparison, a comment, approve or reject. */
function DecisionCard({ project, adjustment }: { project: PendingProject; adjustment: Adjustment }) {
  const { t } = useI18n();
  const name = useCheckpointName();
  const action = useWorkAction();
  const [comment, setComment] = useState('');
  const f = action.failure;
  const decide = (approve: boolean) =>
    void action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_TARGET_ADJUSTMENT,
          variables: { id: adjustment.id, approve, comment: comment.trim(), version: adjustment.version },
        }),
      () => t(approve ? 'tadjust.approved' : 'tadjust.rejected', { project: project.name }),
    );
  return (
    <form
      className="work-form work-fieldset"
      onSubmit={(e) => {
        e.preventDefault();
        decide(true);
      }}
      data-testid={`adjust-decide-${project.code}`}
      noValidate
    >
      <h3 className="work-form__title">
        {project.code} {project.name} <span className="muted">· {project.unit?.name ?? '—'} · </span>
        <Money yuan={project.budget} />
      </h3>
      <p style={{ margin: 0, fontSize: 13 }}>
        {t('tadjust.atCheckpoint')}：{name(adjustment.checkpoint)} · {t('tadjust.requestedAt')}{' '}
        {day(adjustment.requestedAt)}
      </p>
      <p style={{ margin: 0, fontSize: 13 }} data-testid={`adjust-reason-${project.code}`}>
        {t('tadjust.reasonLabel')}：{adjustment.reason}
      </p>
      <AdjustmentComparison adjustment={adjustment} testId={`adjust-compare-${project.code}`} />
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field">
        <span>{t('tadjust.decisionComment')}</span>
        <textarea
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          data-testid={`adjust-comment-${project.code}`}
          {...fieldProps(`adjust-${project.code}`, 'comment', f)}
        />
        <FieldError scope={`adjust-${project.code}`} field="comment" failure={f} />
      </label>
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy}
          data-testid={`adjust-approve-${project.code}`}
        >
          {t('tadjust.approve')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={action.busy}
          onClick={() => decide(false)}
          data-testid={`adjust-reject-${project.code}`}
        >
          {t('tadjust.reject')}
        </button>
      </div>
    </form>
  );
}

/** The performance section's queue of pending adjustments, a page of projects at a time. */
export function AdjustmentDecisionQueue() {
  const { t } = useI18n();
  const pages = useCursorPages(PENDING_ADJUSTMENTS, {}, pendingConnection, DECIDE_PAGE_SIZE);
  const cards = pages.nodes.flatMap((p) =>
    p.targetAdjustments.filter((a) => a.status === 'PENDING').map((a) => ({ project: p, adjustment: a })),
  );
  return (
    <Panel
      title={t('tadjust.decideTitle')}
      subtitle={t('tadjust.decideSubtitle')}
      status={pages.status === 'ready' ? (cards.length ? 'ready' : 'empty') : pages.status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      emptyText={t('tadjust.decideEmpty')}
      minHeight={140}
      testId="panel-adjustments"
    >
      <div className="work-stack" data-testid="adjust-decide-queue">
        {cards.map(({ project, adjustment }) => (
          <DecisionCard key={adjustment.id} project={project} adjustment={adjustment} />
        ))}
      </div>
      <Pager
        page={pages.page}
        pageSize={DECIDE_PAGE_SIZE}
        totalCount={pages.totalCount}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        onPrevious={pages.previous}
        onNext={pages.next}
      />
    </Panel>
  );
}
