import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';
import type { UnitReportingProjectsQuery } from '../../../generated/graphql';
import { RowButton, usePanelStatus } from '../../work';
import { UNIT_REPORTING_PROJECTS, WORK_CHECKPOINTS } from '../graphql/monitoring.graphql';
import { canFill, reportAt, reportState } from '../report-rows';
import { ReportFormLoader } from './ReportForm';
import { CheckpointSelect } from './CheckpointSelect';
import { moneyColumn, projectColumn } from '../../../app/components/table-columns';

type ListedProject = UnitReportingProjectsQuery['projects']['edges'][number]['node'];

/** The unit's reports at the open checkpoints: the projects due, and the form of the one picked. */
export function ReportPanel({ year }: { year: number }) {
  const { t } = useI18n();
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
      {...usePanelStatus(ready, error, !checkpoint)}
      emptyText={t('report.noOpen')}
      minHeight={160}
      testId="panel-report"
    >
      {checkpoint && (
        <>
          {open.length > 1 && (
            <CheckpointSelect open={open} value={checkpoint.id} onChange={setCheckpointId} testId="report-checkpoint" />
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
                projectColumn(t('work.project'), (p: ListedProject) => p, 'code'),
                moneyColumn('budget', t('work.budget'), (p: ListedProject) => p.budget),
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
                      <RowButton primary onClick={() => setEditing(p.id)} testId={`report-fill-${p.code}`}>
                        {s === 'DRAFT' ? t('report.refill') : t('report.fill')}
                      </RowButton>
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
