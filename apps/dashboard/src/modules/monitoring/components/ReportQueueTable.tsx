import { DataTable } from '@jixiao/ui/data-table';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, PassOrReturn, ReturnForm, RowButton, useReturning, useWorkAction } from '../../work';
import { CHECKPOINT_REPORTS, CONFIRM_MONITORING_REPORT, REVIEW_MONITORING_REPORT } from '../graphql/monitoring.graphql';
import { FUND_REVIEW_MONITORING_REPORT } from '../../fund-review';
import { QUEUE_PAGE_SIZE, queueColumns, queueConnection, type QueueRow } from './report-queue-rows';

/**
 * The reports waiting at one checkpoint: pass or return (the business section's first review, or a fund-owning
 * section's review of its family, 审核上报), or confirm (only once a fund family's section passed it upward).
 */
export function ReportQueueTable({
  checkpointId,
  mode,
  classified,
}: {
  checkpointId: string;
  mode: 'review' | 'confirm' | 'fund';
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
  const returning = useReturning<QueueRow>(action);
  const rows = pages.nodes;
  const columns = queueColumns(t);
  const name = (r: QueueRow) => r.project?.name ?? r.id;
  const review = async (r: QueueRow, approve: boolean) => {
    const variables = { id: r.id, version: r.version, approve, comment: approve ? '' : returning.comment };
    const done = await action.run(
      (): Promise<unknown> =>
        mode === 'fund'
          ? action.client.mutate({ mutation: FUND_REVIEW_MONITORING_REPORT, variables })
          : action.client.mutate({ mutation: REVIEW_MONITORING_REPORT, variables }),
      () =>
        mode === 'fund'
          ? t(approve ? 'fund.passedToast' : 'fund.returnedToast', { project: name(r) })
          : t(approve ? 'review.approved' : 'review.returnedToast', { project: name(r) }),
    );
    if (done && !approve) returning.done();
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
        caption={t(mode === 'review' ? 'review.title' : mode === 'fund' ? 'fund.reportsTitle' : 'review.confirmTitle')}
        rows={rows}
        rowKey={(r) => r.id}
        status={pages.status === 'ready' ? (rows.length ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('work.nothingWaiting')}
        testId={`${mode === 'fund' ? 'fund-review' : mode}-queue`}
        columns={[
          ...columns,
          {
            key: 'actions',
            header: t('work.actions'),
            width: mode === 'confirm' ? '80px' : mode === 'fund' ? '190px' : '132px',
            cell: (r: QueueRow) =>
              mode === 'fund' && r.fundReviewedOn ? (
                <span className="muted">{t('fund.passedOn', { date: r.fundReviewedOn })}</span>
              ) : mode === 'confirm' && r.project?.fundReviewRequired && !r.fundReviewedOn ? (
                <span className="muted" data-testid={`confirm-waits-${r.project?.code}`}>
                  {t('fund.waiting')}
                </span>
              ) : mode !== 'confirm' ? (
                <PassOrReturn
                  busy={action.busy}
                  pass={mode === 'fund' ? t('fund.passUp') : t('work.approve')}
                  onPass={() => void review(r, true)}
                  onReturn={() => returning.start(r)}
                  passTestId={`review-approve-${r.project?.code}`}
                  returnTestId={`review-return-${r.project?.code}`}
                />
              ) : (
                <RowButton
                  primary
                  disabled={action.busy}
                  onClick={() => void confirm(r)}
                  testId={`confirm-${r.project?.code}`}
                >
                  {t('review.confirm')}
                </RowButton>
              ),
          },
        ]}
      />
      {pages.status === 'ready' && pages.totalCount > QUEUE_PAGE_SIZE && (
        <CursorPager pages={pages} pageSize={QUEUE_PAGE_SIZE} />
      )}
      <ReturnForm returning={returning} action={action} project={name} onReturn={(r) => void review(r, false)} />
    </>
  );
}
