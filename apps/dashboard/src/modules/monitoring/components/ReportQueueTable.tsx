import { useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, RowButton, TextField, useWorkAction } from '../../work';
import { CHECKPOINT_REPORTS, CONFIRM_MONITORING_REPORT, REVIEW_MONITORING_REPORT } from '../graphql/monitoring.graphql';
import { QUEUE_PAGE_SIZE, queueColumns, queueConnection, type QueueRow } from './report-queue-rows';

/** The reports waiting at one checkpoint: pass or return (first review), or confirm. */
export function ReportQueueTable({
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
  const columns = queueColumns(t);
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
                  <RowButton
                    primary
                    disabled={action.busy}
                    onClick={() => void review(r, true)}
                    testId={`review-approve-${r.project?.code}`}
                  >
                    {t('work.approve')}
                  </RowButton>
                  <RowButton
                    disabled={action.busy}
                    onClick={() => {
                      setReturning(r);
                      action.clear();
                    }}
                    testId={`review-return-${r.project?.code}`}
                  >
                    {t('work.return')}
                  </RowButton>
                </span>
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
      {returning && (
        <form
          className="work-form"
          onSubmit={(e) => {
            e.preventDefault();
            void review(returning, false);
          }}
          data-testid="return-form"
        >
          <TextField
            label={t('review.commentFor', { project: name(returning) })}
            rows={3}
            value={comment}
            onChange={setComment}
            autoFocus
            testId="return-comment"
            scope="return"
            field="comment"
            failure={action.failure}
          />
          <FormActions
            busy={action.busy}
            submit={t('work.confirmReturn')}
            submitTestId="return-submit"
            danger
            keepLabel
            onCancel={() => setReturning(null)}
          />
        </form>
      )}
    </>
  );
}
