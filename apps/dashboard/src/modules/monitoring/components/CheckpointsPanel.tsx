import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';
import { FailureBanner, RowButton, usePanelStatus, useWorkAction } from '../../work';
import { CLOSE_CHECKPOINT, OPEN_CHECKPOINT, WORK_CHECKPOINTS } from '../graphql/monitoring.graphql';
import type { Checkpoint } from '../report-rows';
import { MissingReports } from './MissingReports';

/** The performance section opens a planned checkpoint and closes it once every report is confirmed. */
export function CheckpointsPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(WORK_CHECKPOINTS, { variables: { year } });
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
      {...usePanelStatus(data, error, rows.length === 0)}
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
                <RowButton
                  primary
                  disabled={action.busy}
                  onClick={() => void step(c, true)}
                  testId={`cp-open-${c.month}-${c.scope}`}
                >
                  {t('cp.open')}
                </RowButton>
              ) : c.status === 'OPEN' ? (
                <RowButton
                  disabled={action.busy}
                  onClick={() => void step(c, false)}
                  testId={`cp-close-${c.month}-${c.scope}`}
                >
                  {t('cp.close')}
                </RowButton>
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
