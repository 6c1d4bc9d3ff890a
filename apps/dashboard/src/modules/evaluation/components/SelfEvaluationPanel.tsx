import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkSelfEvaluationFieldsFragment } from '../../../generated/graphql';
import { RowButton, usePanelStatus } from '../../work';
import { selfEvaluationOf } from '../evaluation-form';
import { SELF_EVALUATION_PROJECTS } from '../graphql/self-evaluation.graphql';
import { GradeBadge } from './GradePieces';
import { SelfEvaluationForm, type EvalProject } from './SelfEvaluationForm';
import { SelfEvaluationResult } from './SelfEvaluationResult';
import { moneyColumn, projectColumn } from '../../../app/components/table-columns';

/** The unit's projects of the year: self-evaluate those with approved targets; see the grade of the others. */
export function SelfEvaluationPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(SELF_EVALUATION_PROJECTS, { variables: { year } });
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<{ project: string; evaluation: WorkSelfEvaluationFieldsFragment } | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node).filter((p) => p.targetStatus === 'APPROVED');
  const picked = rows.find((p) => p.id === editing) ?? null;
  return (
    <Panel
      title={t('selfeval.title', { year })}
      subtitle={t('selfeval.subtitle')}
      {...usePanelStatus(data, error, rows.length === 0)}
      emptyText={t('selfeval.empty')}
      minHeight={160}
      testId="panel-self-evaluation"
    >
      {result && <SelfEvaluationResult evaluation={result.evaluation} project={result.project} />}
      {picked ? (
        <SelfEvaluationForm
          key={picked.id}
          project={picked}
          onCancel={() => setEditing(null)}
          onDone={(evaluation) => {
            setResult({ project: `${picked.code} ${picked.name}`, evaluation });
            setEditing(null);
          }}
        />
      ) : (
        <DataTable
          caption={t('selfeval.title', { year })}
          rows={rows}
          rowKey={(p) => p.id}
          status={rows.length ? 'ready' : 'empty'}
          emptyText={t('selfeval.empty')}
          testId="self-eval-projects"
          columns={[
            projectColumn(t('work.project'), (p: EvalProject) => p),
            moneyColumn('budget', t('work.budget'), (p: EvalProject) => p.budget),
            {
              key: 'score',
              header: t('work.score'),
              width: '70px',
              align: 'right',
              cell: (p) => selfEvaluationOf(p.evaluations)?.score?.toFixed(2) ?? '—',
            },
            {
              key: 'grade',
              header: t('work.grade'),
              width: '90px',
              cell: (p) => {
                const e = selfEvaluationOf(p.evaluations);
                if (e?.rectificationRequired)
                  return (
                    <span className="badge badge--flag-red" data-testid={`self-eval-rectify-${p.code}`}>
                      {t('selfeval.rectifyBadge')}
                    </span>
                  );
                return e && e.status !== 'DRAFT' ? (
                  <GradeBadge grade={e.grade} testId={`self-eval-grade-${p.code}`} />
                ) : (
                  <span className="badge badge--state-none">{t('selfeval.todo')}</span>
                );
              },
            },
            {
              key: 'actions',
              header: t('work.actions'),
              width: '90px',
              cell: (p) => {
                const e = selfEvaluationOf(p.evaluations);
                return !e || e.status === 'DRAFT' ? (
                  <RowButton
                    primary
                    onClick={() => {
                      setResult(null);
                      setEditing(p.id);
                    }}
                    testId={`self-eval-fill-${p.code}`}
                  >
                    {t('selfeval.fill')}
                  </RowButton>
                ) : null;
              },
            },
          ]}
        />
      )}
    </Panel>
  );
}
