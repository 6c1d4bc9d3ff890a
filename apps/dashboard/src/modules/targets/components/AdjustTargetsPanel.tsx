import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { AdjustableProjectsQuery } from '../../../generated/graphql';
import { ADJUSTABLE_PROJECTS, ADJUSTMENT_CHECKPOINTS } from '../graphql/target-adjustment.graphql';
import { AdjustmentForm, type AdjustableProject } from './AdjustmentForm';
import { AdjustmentHistory } from './AdjustmentHistory';
import { AdjustmentBadge, useCheckpointName } from './AdjustmentPieces';
import { moneyColumn, projectColumn } from '../../../app/components/table-columns';
import { RowButton } from '../../work';

const PAGE_SIZE = 20;
const adjustableConnection = (d: AdjustableProjectsQuery) => d.projects;

/** The unit's projects with approved targets: request a change at an open checkpoint, see the requests made. */
export function AdjustTargetsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const name = useCheckpointName();
  const cps = useQuery(ADJUSTMENT_CHECKPOINTS, { variables: { year } });
  const pages = useCursorPages(ADJUSTABLE_PROJECTS, { year }, adjustableConnection, PAGE_SIZE);
  const [open, setOpen] = useState<{ id: string; mode: 'request' | 'history' } | null>(null);
  const openCheckpoints = (cps.data?.checkpoints ?? []).filter((c) => c.status === 'OPEN');
  const current = pages.nodes.find((p) => p.id === open?.id) ?? null;
  const pendingOf = (p: AdjustableProject) => p.targetAdjustments.find((a) => a.status === 'PENDING');
  return (
    <Panel
      title={t('tadjust.title', { year })}
      subtitle={t('tadjust.subtitle')}
      status={
        pages.status === 'ready' && cps.data ? 'ready' : pages.status === 'error' || cps.error ? 'error' : 'loading'
      }
      errorText={pages.errorText ?? (cps.error ? errorMessage(cps.error, t, lang) : undefined)}
      onRetry={pages.retry}
      minHeight={160}
      testId="panel-adjust-targets"
    >
      {current && open?.mode === 'request' ? (
        <AdjustmentForm key={current.id} project={current} checkpoints={openCheckpoints} onDone={() => setOpen(null)} />
      ) : (
        <>
          <p
            className={openCheckpoints.length ? 'muted' : 'work-note'}
            style={{ margin: '0 0 10px', fontSize: 13 }}
            data-testid="adjust-open-checkpoints"
          >
            {openCheckpoints.length
              ? t('tadjust.openAt', { list: openCheckpoints.map(name).join('、') })
              : t('tadjust.noOpen')}
          </p>
          <DataTable
            caption={t('tadjust.title', { year })}
            rows={pages.nodes}
            rowKey={(p) => p.id}
            status={pages.nodes.length ? 'ready' : 'empty'}
            emptyText={t('tadjust.empty')}
            testId="adjust-projects"
            columns={[
              projectColumn(t('work.project'), (p: AdjustableProject) => p),
              moneyColumn('budget', t('work.budget'), (p: AdjustableProject) => p.budget),
              {
                key: 'count',
                header: t('targets.count'),
                width: '96px',
                align: 'right',
                cell: (p) => p.indicators.length,
              },
              {
                key: 'published',
                header: t('tpublish.publishedOn'),
                width: '104px',
                cell: (p) => (
                  <span data-testid={`adjust-published-${p.code}`}>
                    {p.targetsPublishedOn ?? <span className="muted">{t('tadjust.toPublish')}</span>}
                  </span>
                ),
              },
              {
                key: 'latest',
                header: t('work.status'),
                width: '84px',
                cell: (p) =>
                  p.targetAdjustments[0] ? (
                    <AdjustmentBadge status={p.targetAdjustments[0].status} testId={`adjust-status-${p.code}`} />
                  ) : (
                    <span className="muted">—</span>
                  ),
              },
              {
                key: 'actions',
                header: t('work.actions'),
                width: '200px',
                cell: (p) => (
                  <span className="row-actions">
                    <RowButton
                      primary
                      disabled={openCheckpoints.length === 0 || !!pendingOf(p)}
                      title={
                        pendingOf(p)
                          ? t('tadjust.status.PENDING')
                          : openCheckpoints.length === 0
                            ? t('tadjust.noOpen')
                            : undefined
                      }
                      onClick={() => setOpen({ id: p.id, mode: 'request' })}
                      testId={`adjust-request-${p.code}`}
                    >
                      {t('tadjust.request')}
                    </RowButton>
                    <RowButton
                      expanded={open?.id === p.id && open.mode === 'history'}
                      onClick={() =>
                        setOpen(open?.id === p.id && open.mode === 'history' ? null : { id: p.id, mode: 'history' })
                      }
                      testId={`adjust-show-history-${p.code}`}
                    >
                      {open?.id === p.id && open.mode === 'history'
                        ? t('tadjust.hideHistory')
                        : t('tadjust.showHistory', { count: p.targetAdjustments.length })}
                    </RowButton>
                  </span>
                ),
              },
            ]}
          />
          <CursorPager pages={pages} pageSize={PAGE_SIZE} />
          {current && open?.mode === 'history' && <AdjustmentHistory project={current} />}
        </>
      )}
    </Panel>
  );
}
