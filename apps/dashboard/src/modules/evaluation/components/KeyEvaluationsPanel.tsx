import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { RowButton, usePanelStatus } from '../../work';
import { KEY_EVALUATION_RULES, KEY_EVALUATIONS } from '../graphql/key-evaluation.graphql';
import { keyEvaluationRows, minKeyEvaluations } from '../key-evaluation-form';
import { FinalizeForm } from './FinalizeForm';
import { GradeBadge } from './GradePieces';
import { KeyAssignForm } from './KeyAssignForm';
import {
  codeOf,
  KeyEvaluationReport,
  KeyStatusBadge,
  projectTitle,
  score,
  type KeyEvaluation,
} from './KeyEvaluationReport';
import { unitColumn } from '../../../app/components/table-columns';

/**
 * 财政重点评价 for the performance section: assign projects of the year to agencies, then record the
 * expert panel's score on each submitted report (the rules give the grade and caps).
 */
export function KeyEvaluationsPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(KEY_EVALUATIONS, { variables: { year } });
  const rules = useQuery(KEY_EVALUATION_RULES, { variables: { year } });
  const min = minKeyEvaluations(rules.data?.ruleSet.rules);
  const [open, setOpen] = useState<string | null>(null);
  const [result, setResult] = useState<KeyEvaluation | null>(null);
  const rows = keyEvaluationRows((data?.evaluations.edges ?? []).map((e) => e.node));
  const opened = rows.find((e) => e.id === open) ?? null;
  const columns: Column<KeyEvaluation>[] = [
    {
      key: 'project',
      header: t('keyeval.col.project'),
      cell: (e) => <span title={projectTitle(e)}>{projectTitle(e)}</span>,
    },
    unitColumn(t('keyeval.col.agency'), '20%', (e) => e.agency, 'agency'),
    { key: 'status', header: t('keyeval.col.status'), width: '112px', cell: (e) => <KeyStatusBadge evaluation={e} /> },
    { key: 'score', header: t('keyeval.col.score'), width: '96px', align: 'right', cell: (e) => score(e.score) },
    {
      key: 'expert',
      header: t('keyeval.col.expertScore'),
      width: '96px',
      align: 'right',
      cell: (e) => score(e.expertScore),
    },
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
        e.status === 'SUBMITTED' ? (
          <RowButton
            primary
            onClick={() => {
              setResult(null);
              setOpen(e.id);
            }}
            testId={`keyeval-open-${codeOf(e)}`}
          >
            {t('keyeval.finalizeOpen')}
          </RowButton>
        ) : e.status === 'FINAL' ? (
          <RowButton
            expanded={open === e.id}
            onClick={() => {
              setResult(null);
              setOpen(open === e.id ? null : e.id);
            }}
            testId={`keyeval-view-${codeOf(e)}`}
          >
            {open === e.id ? t('keyeval.close') : t('keyeval.view')}
          </RowButton>
        ) : null,
    },
  ];
  return (
    <div className="work-stack">
      <Panel
        title={t('keyeval.assignTitle')}
        subtitle={t('keyeval.assignSubtitle', { year })}
        status="ready"
        minHeight={120}
        testId="panel-key-assign"
      >
        {data && (
          <p
            className={min !== null && data.evaluations.totalCount < min ? 'work-note' : 'work-hint'}
            data-testid="keyeval-count"
          >
            {min === null
              ? t('keyeval.count', { count: data.evaluations.totalCount })
              : t('keyeval.countRule', { count: data.evaluations.totalCount, min })}
          </p>
        )}
        <KeyAssignForm year={year} />
      </Panel>
      <Panel
        title={t('keyeval.listTitle', { year })}
        subtitle={t('keyeval.listSubtitle')}
        {...usePanelStatus(data, error, rows.length === 0)}
        emptyText={t('keyeval.empty')}
        minHeight={120}
        testId="panel-key-evaluations"
      >
        {result && <KeyEvaluationReport evaluation={result} />}
        {opened && opened.status === 'SUBMITTED' && (
          <FinalizeForm
            key={opened.id}
            evaluation={opened}
            onCancel={() => setOpen(null)}
            onDone={(e) => {
              setResult(e);
              setOpen(null);
            }}
          />
        )}
        {opened && opened.status === 'FINAL' && !result && <KeyEvaluationReport evaluation={opened} />}
        <DataTable
          caption={t('keyeval.listTitle', { year })}
          rows={rows}
          rowKey={(e) => e.id}
          status={rows.length ? 'ready' : 'empty'}
          emptyText={t('keyeval.empty')}
          testId="keyeval-list"
          columns={columns}
        />
      </Panel>
    </div>
  );
}
