import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { Link } from '../../../app/router/router';
import { RowButton, usePanelStatus, workPath } from '../../work';
import { canFile, exAnteStage, newProjects } from '../ex-ante-form';
import { EX_ANTE_UNIT_PROJECTS } from '../graphql/ex-ante.graphql';
import { AssessmentCard } from './AssessmentCard';
import { ConclusionBadge, StageBadge, TruncatedNote, type ExAnteProject } from './ExAnteBadges';
import { ExAnteForm } from './ExAnteForm';
import { moneyColumn, projectColumn } from '../../../app/components/table-columns';

/** UNIT: the new projects of the work year and the next, their assessment, and the filing form. */
export function ExAntePanel({ year }: { year: number }) {
  const { t } = useI18n();
  const next = year + 1;
  const { data, error } = useQuery(EX_ANTE_UNIT_PROJECTS, { variables: { year, next } });
  const [open, setOpen] = useState<{ id: string; filing: boolean } | null>(null);
  const rows = newProjects(
    (data?.current.edges ?? []).map((e) => e.node),
    (data?.coming.edges ?? []).map((e) => e.node),
  );
  const picked = rows.find((p) => p.id === open?.id) ?? null;
  const filing = picked && open?.filing && canFile(exAnteStage(picked.exAnteAssessment));
  const shown = (data?.current.edges.length ?? 0) + (data?.coming.edges.length ?? 0);
  const total = (data?.current.totalCount ?? 0) + (data?.coming.totalCount ?? 0);
  return (
    <Panel
      title={t('exante.title', { year, next })}
      subtitle={t('exante.subtitle')}
      {...usePanelStatus(data, error, rows.length === 0)}
      emptyText={
        <span data-testid="exante-empty">
          {t('exante.empty', { year, next })} {t('exante.emptyHow')}{' '}
          <Link to={workPath('targets')} data-testid="exante-to-targets">
            {t('exante.toTargets')}
          </Link>
        </span>
      }
      minHeight={160}
      testId="panel-ex-ante"
    >
      {filing && picked ? (
        <ExAnteForm
          key={picked.id}
          project={picked}
          onCancel={() => setOpen(null)}
          onDone={() => setOpen({ id: picked.id, filing: false })}
        />
      ) : (
        <>
          <DataTable
            caption={t('exante.title', { year, next })}
            rows={rows}
            rowKey={(p) => p.id}
            status={rows.length ? 'ready' : 'empty'}
            testId="exante-projects"
            columns={[
              projectColumn(t('exante.project'), (p: ExAnteProject) => p),
              { key: 'year', header: t('exante.year'), width: '60px', cell: (p) => p.year },
              moneyColumn('budget', t('exante.budget'), (p: ExAnteProject) => p.budget),
              {
                key: 'status',
                header: t('exante.status'),
                width: '150px',
                cell: (p) => <StageBadge assessment={p.exAnteAssessment} code={p.code} />,
              },
              {
                key: 'conclusion',
                header: t('exante.conclusion'),
                width: '110px',
                cell: (p) => (
                  <ConclusionBadge conclusion={p.exAnteAssessment?.conclusion} testId={`exante-conclusion-${p.code}`} />
                ),
              },
              {
                key: 'actions',
                header: t('exante.actions'),
                width: '100px',
                cell: (p) =>
                  canFile(exAnteStage(p.exAnteAssessment)) ? (
                    <RowButton
                      primary
                      onClick={() => setOpen({ id: p.id, filing: true })}
                      testId={`exante-file-${p.code}`}
                    >
                      {t('exante.file')}
                    </RowButton>
                  ) : (
                    <RowButton
                      expanded={open?.id === p.id}
                      onClick={() => setOpen(open?.id === p.id ? null : { id: p.id, filing: false })}
                      testId={`exante-view-${p.code}`}
                    >
                      {open?.id === p.id ? t('exante.close') : t('exante.view')}
                    </RowButton>
                  ),
              },
            ]}
          />
          <TruncatedNote shown={shown} total={total} />
          {picked && !filing && <AssessmentCard project={picked} showConsequence />}
        </>
      )}
    </Panel>
  );
}
