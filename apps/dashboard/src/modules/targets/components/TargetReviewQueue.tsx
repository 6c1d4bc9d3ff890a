import { useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { TargetQueueQuery, WorkTargetProjectFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, RowButton, useWorkAction } from '../../work';
import { REVIEW_TARGETS, REVIEW_TARGETS_FIRST, TARGET_QUEUE } from '../graphql/targets.graphql';
import { FUND_REVIEW_TARGETS } from '../../fund-review';
import { indicatorCommentInputs, renameFields, reviewScore } from '../targets-form';
import { EMPTY_DECISION, TargetDecisionForm, type DecisionDraft } from './TargetDecisionForm';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';

type TargetProject = WorkTargetProjectFieldsFragment;

const QUEUE_PAGE_SIZE = 20;
const TEXTS = {
  first: { title: 'targets.reviewTitle', subtitle: 'targets.reviewSubtitle', id: 'review-targets' },
  final: { title: 'targets.approveTitle', subtitle: 'targets.approveSubtitle', id: 'approve-targets' },
  fund: { title: 'fund.targetsTitle', subtitle: 'fund.targetsSubtitle', id: 'fund-targets' },
} as const;
const queueConnection = (d: TargetQueueQuery) => d.projects;

/**
 * A review queue of targets: the business section's first review, a fund-owning section's review of its family
 * (审核上报), or the performance section's with a score (a fund family's once its section passed them upward).
 */
export function TargetReviewQueue({
  year,
  mode,
  classified,
}: {
  year: number;
  mode: 'first' | 'final' | 'fund';
  classified?: boolean;
}) {
  const { t } = useI18n();
  const next = year + 1;
  const pages = useCursorPages(
    TARGET_QUEUE,
    { year: next, status: mode === 'first' ? 'SUBMITTED' : 'FIRST_REVIEWED', classified: classified ?? null },
    queueConnection,
    QUEUE_PAGE_SIZE,
  );
  const action = useWorkAction();
  const [open, setOpen] = useState<{ id: string; approve: boolean } | null>(null);
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DECISION);
  const [fieldOf, setFieldOf] = useState<Record<string, string>>({});
  const rows = pages.nodes;
  const current = rows.find((p) => p.id === open?.id) ?? null;
  const commenting = mode === 'final' && open !== null && !open.approve;
  // The server names a comment `indicatorComments[k].comment`; the form shows it under its indicator.
  const failure = action.failure && { ...action.failure, fields: renameFields(action.failure.fields, fieldOf) };
  const start = (id: string, approve: boolean) => {
    action.clear();
    setOpen({ id, approve });
    setDraft((d) => ({ ...d, perIndicator: {} }));
  };
  const decide = async (p: TargetProject, approve: boolean) => {
    const { comment, score, perIndicator } = draft;
    const sent = indicatorCommentInputs(
      p.indicators.map((i) => i.id),
      commenting ? perIndicator : {},
    );
    setFieldOf(Object.fromEntries(Object.entries(sent.fieldOf).map(([k, id]) => [k, `comment-${id}`])));
    const done = await action.run(
      async (): Promise<unknown> =>
        mode === 'first'
          ? action.client.mutate({
              mutation: REVIEW_TARGETS_FIRST,
              variables: { projectId: p.id, version: p.version, approve, comment },
            })
          : mode === 'fund'
            ? action.client.mutate({
                mutation: FUND_REVIEW_TARGETS,
                variables: { projectId: p.id, version: p.version, approve, comment },
              })
            : action.client.mutate({
                mutation: REVIEW_TARGETS,
                variables: {
                  projectId: p.id,
                  version: p.version,
                  approve,
                  comment,
                  score: approve ? reviewScore(score) : null,
                  indicatorComments: sent.comments,
                },
              }),
      () =>
        mode === 'fund'
          ? t(approve ? 'fund.passedToast' : 'fund.returnedToast', { project: p.name })
          : t(approve ? 'targets.approvedToast' : 'targets.returnedToast', { project: p.name }),
    );
    if (done !== null) {
      setOpen(null);
      setDraft(EMPTY_DECISION);
    }
  };
  const title = t(TEXTS[mode].title, { year: next });
  return (
    <Panel
      title={title}
      subtitle={t(TEXTS[mode].subtitle)}
      status={pages.status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      minHeight={140}
      testId={`panel-${TEXTS[mode].id}`}
    >
      <FailureBanner failure={open ? null : action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(p) => p.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('work.nothingWaiting')}
        testId={
          mode === 'first' ? 'targets-review-queue' : mode === 'final' ? 'targets-approve-queue' : 'targets-fund-queue'
        }
        columns={[
          unitColumn(t('work.unit'), '130px', (p: TargetProject) => p.unit),
          projectColumn(t('work.project'), (p: TargetProject) => p),
          moneyColumn('budget', t('work.budget'), (p: TargetProject) => p.budget),
          { key: 'count', header: t('targets.count'), width: '70px', align: 'right', cell: (p) => p.indicators.length },
          {
            key: 'actions',
            header: t('work.actions'),
            width: mode === 'fund' ? '190px' : '132px',
            cell: (p) =>
              mode === 'fund' && p.targetsFundReviewedOn ? (
                <span className="muted">{t('fund.passedOn', { date: p.targetsFundReviewedOn })}</span>
              ) : (
                <span className="row-actions">
                  {mode === 'final' && p.fundReviewRequired && !p.targetsFundReviewedOn ? (
                    <span className="muted" data-testid={`targets-waits-${p.code}`}>
                      {t('fund.waiting')}
                    </span>
                  ) : (
                    <RowButton primary onClick={() => start(p.id, true)} testId={`targets-approve-${p.code}`}>
                      {mode === 'fund' ? t('fund.passUp') : t('work.approve')}
                    </RowButton>
                  )}
                  <RowButton onClick={() => start(p.id, false)} testId={`targets-return-${p.code}`}>
                    {t('work.return')}
                  </RowButton>
                </span>
              ),
          },
        ]}
      />
      <CursorPager pages={pages} pageSize={QUEUE_PAGE_SIZE} />
      {current && open && (
        <TargetDecisionForm
          project={current}
          mode={mode}
          approve={open.approve}
          draft={draft}
          onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          failure={failure}
          busy={action.busy}
          onReload={() => void action.reload()}
          onSubmit={() => void decide(current, open.approve)}
          onCancel={() => setOpen(null)}
        />
      )}
    </Panel>
  );
}
