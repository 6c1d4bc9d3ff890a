import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { WORK_CHECKPOINTS } from '../graphql/monitoring.graphql';
import { ConfirmedReports } from './ConfirmedReports';
import { ReportQueueTable } from './ReportQueueTable';
import { CheckpointSelect } from './CheckpointSelect';

/**
 * The review queues: the business section passes or returns submitted reports (the performance section
 * does it for classified units, which the sections cannot see); the performance section confirms reviewed
 * ones (the rules give the verdict and raise the flags). The server filters by state, a page at a time.
 */
export function ReportQueue({
  year,
  mode,
  role,
}: {
  year: number;
  mode: 'review' | 'confirm' | 'fund';
  role?: string;
}) {
  const { t } = useI18n();
  const cps = useQuery(WORK_CHECKPOINTS, { variables: { year } });
  const open = (cps.data?.checkpoints ?? []).filter((c) => c.status === 'OPEN' && c.scope === 'PROJECT');
  const [checkpointId, setCheckpointId] = useState<string | null>(null);
  const checkpoint = open.find((c) => c.id === checkpointId) ?? open[0] ?? null;
  const standIn = mode === 'review' && role === 'PERFORMANCE';
  return (
    <Panel
      title={
        mode === 'fund'
          ? t('fund.reportsTitle')
          : mode === 'review'
            ? t(standIn ? 'review.standInTitle' : 'review.title')
            : t('review.confirmTitle')
      }
      subtitle={
        mode === 'fund'
          ? t('fund.reportsSubtitle')
          : mode === 'review'
            ? t(standIn ? 'review.standInSubtitle' : 'review.subtitle')
            : t('review.confirmSubtitle')
      }
      {...usePanelStatus(cps.data, cps.error, !checkpoint)}
      emptyText={t('review.noOpen')}
      minHeight={160}
      testId={`panel-${mode === 'fund' ? 'fund-reports' : mode}`}
    >
      {open.length > 1 && checkpoint && (
        <CheckpointSelect open={open} value={checkpoint.id} onChange={setCheckpointId} testId="queue-checkpoint" />
      )}
      {checkpoint && (
        <ReportQueueTable
          key={checkpoint.id}
          checkpointId={checkpoint.id}
          mode={mode}
          classified={standIn ? true : null}
        />
      )}
      {checkpoint && mode === 'confirm' && (
        <ConfirmedReports key={`done-${checkpoint.id}`} checkpointId={checkpoint.id} />
      )}
    </Panel>
  );
}
