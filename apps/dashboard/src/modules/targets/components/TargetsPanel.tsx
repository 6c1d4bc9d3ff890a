import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkTargetProjectFieldsFragment } from '../../../generated/graphql';
import { RowButton, usePanelStatus } from '../../work';
import { TARGET_PROJECTS } from '../graphql/targets.graphql';
import { NewProjectForm } from './NewProjectForm';
import { TargetEditor } from './TargetEditor';
import { TargetStatusBadge } from './TargetPieces';
import { moneyColumn, projectColumn } from '../../../app/components/table-columns';

type TargetProject = WorkTargetProjectFieldsFragment;

/** The unit's targets for next year: new projects, and the targets of those still to submit. */
export function TargetsPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const next = year + 1;
  const { data, error } = useQuery(TARGET_PROJECTS, { variables: { year: next } });
  const [editing, setEditing] = useState<string | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === editing) ?? null;
  return (
    <Panel
      title={t('targets.title', { year: next })}
      subtitle={t('targets.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={160}
      testId="panel-targets"
    >
      {picked ? (
        <TargetEditor key={picked.id} project={picked} onDone={() => setEditing(null)} />
      ) : (
        <>
          <DataTable
            caption={t('targets.title', { year: next })}
            rows={rows}
            rowKey={(p) => p.id}
            status={rows.length ? 'ready' : 'empty'}
            emptyText={t('targets.empty')}
            testId="target-projects"
            columns={[
              projectColumn(t('work.project'), (p: TargetProject) => p),
              moneyColumn('budget', t('work.budget'), (p: TargetProject) => p.budget),
              {
                key: 'count',
                header: t('targets.count'),
                width: '70px',
                align: 'right',
                cell: (p) => p.indicators.length,
              },
              {
                key: 'status',
                header: t('work.status'),
                width: '120px',
                cell: (p) => <TargetStatusBadge status={p.targetStatus} code={p.code} />,
              },
              {
                key: 'actions',
                header: t('work.actions'),
                width: '100px',
                cell: (p) =>
                  p.targetStatus === 'DRAFT' || p.targetStatus === 'RETURNED' ? (
                    <RowButton primary onClick={() => setEditing(p.id)} testId={`targets-edit-${p.code}`}>
                      {t('targets.edit')}
                    </RowButton>
                  ) : null,
              },
            ]}
          />
          <NewProjectForm year={next} onCreated={(id) => setEditing(id)} />
        </>
      )}
    </Panel>
  );
}
