import { DataTable } from '@jixiao/ui/data-table';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { CHECKPOINT_REPORTS } from '../graphql/monitoring.graphql';
import { QUEUE_PAGE_SIZE, queueColumns, queueConnection, type QueueRow } from './report-queue-rows';

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

/** The reports confirmed at a checkpoint, with the verdict the rules gave and the flag raised. */
export function ConfirmedReports({ checkpointId }: { checkpointId: string }) {
  const { t } = useI18n();
  const pages = useCursorPages(
    CHECKPOINT_REPORTS,
    { id: checkpointId, status: 'CONFIRMED', classified: null },
    queueConnection,
    QUEUE_PAGE_SIZE,
  );
  const columns = queueColumns(t);
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
      {pages.totalCount > QUEUE_PAGE_SIZE && <CursorPager pages={pages} pageSize={QUEUE_PAGE_SIZE} />}
    </>
  );
}
