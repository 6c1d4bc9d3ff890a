import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { RowButton, usePanelStatus } from '../../work';
import { KEY_EVALUATIONS } from '../graphql/key-evaluation.graphql';
import { keyEvaluationRows } from '../key-evaluation-form';
import { AgencyReportForm } from './AgencyReportForm';
import { GradeBadge } from './GradePieces';
import {
  codeOf,
  KeyEvaluationReport,
  KeyStatusBadge,
  projectTitle,
  score,
  type KeyEvaluation,
} from './KeyEvaluationReport';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';

/** The agency's key evaluations of the year: report on those assigned; see the submitted ones read-only. */
export function AgencyEvaluationsPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(KEY_EVALUATIONS, { variables: { year } });
  const [open, setOpen] = useState<string | null>(null);
  const rows = keyEvaluationRows((data?.evaluations.edges ?? []).map((e) => e.node)).sort(
    (a, b) => (a.status === 'DRAFT' ? 0 : 1) - (b.status === 'DRAFT' ? 0 : 1),
  );
  const opened = rows.find((e) => e.id === open) ?? null;
  const columns: Column<KeyEvaluation>[] = [
    {
      key: 'project',
      header: t('keyeval.col.project'),
      cell: (e) => <span title={projectTitle(e)}>{projectTitle(e)}</span>,
    },
    unitColumn(t('keyeval.col.unit'), '20%', (e: KeyEvaluation) => e.unit),
    moneyColumn('budget', t('keyeval.col.budget'), (e: KeyEvaluation) => e.budget),
    {
      key: 'status',
      header: t('keyeval.col.status'),
      width: '112px',
      cell: (e) => <KeyStatusBadge evaluation={e} agency />,
    },
    { key: 'score', header: t('agencyeval.col.score'), width: '96px', align: 'right', cell: (e) => score(e.score) },
    {
      key: 'grade',
      header: t('keyeval.col.grade'),
      width: '96px',
      cell: (e) => <GradeBadge grade={e.grade} testId={`keyeval-grade-${codeOf(e)}`} />,
    },
    {
      key: 'actions',
      header: t('keyeval.col.actions'),
      width: '76px',
      cell: (e) =>
        e.status === 'DRAFT' ? (
          <RowButton primary onClick={() => setOpen(e.id)} testId={`agency-eval-fill-${codeOf(e)}`}>
            {t('agencyeval.fill')}
          </RowButton>
        ) : (
          <RowButton
            expanded={open === e.id}
            onClick={() => setOpen(open === e.id ? null : e.id)}
            testId={`agency-eval-view-${codeOf(e)}`}
          >
            {open === e.id ? t('keyeval.close') : t('keyeval.view')}
          </RowButton>
        ),
    },
  ];
  return (
    <Panel
      title={t('agencyeval.title', { year })}
      subtitle={t('agencyeval.subtitle')}
      {...usePanelStatus(data, error, rows.length === 0)}
      emptyText={t('agencyeval.empty')}
      minHeight={160}
      testId="panel-agency-evaluations"
    >
      {opened && opened.status === 'DRAFT' && (
        <AgencyReportForm
          key={opened.id}
          evaluation={opened}
          onCancel={() => setOpen(null)}
          onDone={() => setOpen(opened.id)}
        />
      )}
      {opened && opened.status !== 'DRAFT' && <KeyEvaluationReport evaluation={opened} />}
      <DataTable
        caption={t('agencyeval.title', { year })}
        rows={rows}
        rowKey={(e) => e.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('agencyeval.empty')}
        testId="agency-eval-list"
        columns={columns}
      />
    </Panel>
  );
}
