import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { WorkUnitWideFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, RowButton, usePanelStatus, useWorkAction } from '../../work';
import { CLOSE_UNIT_WIDE_FLAG, CONFIRM_UNIT_WIDE_REPORT, UNIT_WIDE_QUEUE } from '../graphql/unit-wide.graphql';

type Row = WorkUnitWideFieldsFragment;

/** The server's reasons a report failed ("KEY_INDICATOR_DEVIATION:1" names the indicator by its place), in words. */
function reasonWords(t: (k: MessageKey) => string, row: Row, reasons: readonly string[]): string {
  return reasons
    .map((r) => {
      const [code, at] = r.split(':');
      const words = t(`review.reason.${code}` as MessageKey);
      const ind = at === undefined ? null : row.indicators[Number(at)];
      return ind ? `${words}（${ind.name}）` : words;
    })
    .join('；');
}

/**
 * The unit-wide reports of the year for the performance section: confirm a submitted one (the rules give the
 * verdict and raise the flag), see the verdicts and flags, and close a flag once the unit has rectified.
 */
export function UnitWideMonitoringQueue({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(UNIT_WIDE_QUEUE, { variables: { year } });
  const action = useWorkAction();
  const rows = (data?.unitWideTargets ?? []).filter((r) => r.reports.length > 0);
  const confirm = (r: Row, report: Row['reports'][number]) =>
    action.run(
      () =>
        action.client.mutate({
          mutation: CONFIRM_UNIT_WIDE_REPORT,
          variables: { reportId: report.id, version: report.version },
        }),
      (res) => {
        const c = res.data?.confirmUnitWideReport;
        const done = c?.reports.find((x) => x.id === report.id);
        const flag = c?.flags.find((f) => f.status === 'OPEN');
        const verdict = done?.failed
          ? `${t('review.failed')}${flag ? `，${t('review.flagRaised', { level: t(`unitwide.flag.${flag.level}` as MessageKey) })}` : ''}`
          : t('review.passed');
        return t('unitwide.monitor.confirmedToast', { unit: r.unitName, verdict });
      },
    );
  const close = (r: Row, flag: Row['flags'][number]) =>
    action.run(
      () =>
        action.client.mutate({ mutation: CLOSE_UNIT_WIDE_FLAG, variables: { flagId: flag.id, version: flag.version } }),
      () => t('unitwide.monitor.closedToast', { unit: r.unitName }),
    );
  const title = t('unitwide.monitor.title', { year });
  return (
    <Panel
      title={title}
      subtitle={t('unitwide.monitor.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={140}
      testId="panel-unit-wide-monitoring"
    >
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('unitwide.monitor.none')}
        testId="unit-wide-monitoring-queue"
        columns={[
          unitColumn(t('work.unit'), '170px', (r: Row) => ({ name: r.unitName })),
          moneyColumn('budget', t('unitwide.budgetWan'), (r: Row) => r.budget),
          moneyColumn('executed', t('unitwide.monitor.executed'), (r: Row) => r.reports[0]?.executed),
          {
            key: 'verdict',
            header: t('unitwide.monitor.verdict'),
            cell: (r: Row) => {
              const report = r.reports[0]!;
              if (report.failed == null) return <span className="muted">{t('unitwide.report.pending')}</span>;
              return (
                <span className="verdict" data-testid={`unit-wide-verdict-${r.unitName}`}>
                  <span className={report.failed ? 'badge badge--grade-poor' : 'badge badge--grade-excellent'}>
                    {report.failed ? t('review.failed') : t('review.passed')}
                  </span>{' '}
                  {reasonWords(t, r, report.failureReasons)}
                </span>
              );
            },
          },
          {
            key: 'flag',
            header: t('unitwide.monitor.flag'),
            width: '220px',
            cell: (r: Row) =>
              r.flags.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                <span className="verdict" data-testid={`unit-wide-flags-${r.unitName}`}>
                  {r.flags.map((f) => {
                    const level = t(`unitwide.flag.${f.level}` as MessageKey);
                    const state = t(`unitwide.flag.${f.status}` as MessageKey);
                    // Open: the level's colour; closed: greyed, as the flag no longer counts against the unit.
                    const badge = f.status === 'OPEN' ? `badge--flag-${f.level.toLowerCase()}` : 'badge--state-none';
                    return (
                      <span key={f.id} title={t('unitwide.flag', { level, deadline: f.deadline, status: state })}>
                        <span className={`badge ${badge}`}>{level}</span> {state}{' '}
                        <span className="muted">{f.deadline}</span>
                      </span>
                    );
                  })}
                </span>
              ),
          },
          {
            key: 'actions',
            header: t('work.actions'),
            width: '80px',
            cell: (r: Row) => {
              const report = r.reports.find((x) => x.status === 'SUBMITTED');
              const flag = r.flags.find((f) => f.status === 'OPEN');
              if (report)
                return (
                  <RowButton
                    primary
                    disabled={action.busy}
                    onClick={() => void confirm(r, report)}
                    testId={`unit-wide-confirm-${r.unitName}`}
                  >
                    {t('review.confirm')}
                  </RowButton>
                );
              if (flag)
                return (
                  <RowButton
                    disabled={action.busy}
                    onClick={() => void close(r, flag)}
                    testId={`unit-wide-close-${r.unitName}`}
                  >
                    {t('unitwide.monitor.close')}
                  </RowButton>
                );
              return <span className="muted">—</span>;
            },
          },
        ]}
      />
    </Panel>
  );
}
