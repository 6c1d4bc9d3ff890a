import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatRate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { CutProjectsQuery } from '../../../generated/graphql';
import { GradeBadge, selfEvaluationOf } from '../../evaluation';
import { FailureBanner, usePanelStatus, useWorkAction } from '../../work';
import { notificationRows } from '../cuts-form';
import { CUT_PROJECTS, PROPOSE_CUTS } from '../graphql/cuts.graphql';
import { AdjustCutForm, CutActions, type CutRow } from './CutActions';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';

type Listed = ReturnType<typeof notificationRows<CutProjectsQuery['medium']['edges'][number]['node']>>[number];

/**
 * Result application: the performance section has the rules propose the cuts of the year evaluated;
 * the budget section accepts or adjusts each. Both see the notification list (中/差).
 */
export function CutsPanel({
  year,
  mode,
  classified,
}: {
  year: number;
  mode: 'propose' | 'decide';
  classified?: boolean;
}) {
  const { t } = useI18n();
  const { data, error } = useQuery(CUT_PROJECTS, { variables: { year, classified: classified ?? null } });
  const propose = useWorkAction();
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const listed = notificationRows(
    (data?.medium.edges ?? []).map((e) => e.node),
    (data?.poor.edges ?? []).map((e) => e.node),
  );
  const cuts: CutRow[] = listed.flatMap((p) => p.resultApplications.map((ra) => ({ ...ra, project: p })));
  const adjustingCut = cuts.find((c) => c.id === adjusting) ?? null;
  const partial = data ? data.medium.totalCount + data.poor.totalCount > listed.length : false;
  return (
    <div className="work-stack">
      <Panel
        title={t('cuts.title', { year })}
        subtitle={mode === 'propose' ? t('cuts.proposeSubtitle') : t('cuts.decideSubtitle')}
        {...usePanelStatus(data, error, !cuts.length && mode !== 'propose')}
        emptyText={t('cuts.empty')}
        minHeight={120}
        testId={mode === 'propose' ? 'panel-propose-cuts' : 'panel-decide-cuts'}
      >
        {mode === 'propose' && (
          <div className="work-form__actions work-form__actions--bar">
            <FailureBanner failure={propose.failure} onReload={() => void propose.reload()} />
            <button
              type="button"
              className="button button--primary"
              disabled={propose.busy}
              onClick={() =>
                void propose.run(
                  () => propose.client.mutate({ mutation: PROPOSE_CUTS, variables: { year } }),
                  (r) => t('cuts.proposed', { count: r.data?.proposeCuts ?? 0 }),
                )
              }
              data-testid="propose-cuts"
            >
              {t('cuts.propose', { year })}
            </button>
            <span className="work-hint">{t('cuts.proposeHint')}</span>
          </div>
        )}
        {partial && <p className="work-hint">{t('cuts.firstPage')}</p>}
        <DataTable
          caption={t('cuts.title', { year })}
          rows={cuts}
          rowKey={(c) => c.id}
          status={cuts.length ? 'ready' : 'empty'}
          emptyText={t('cuts.empty')}
          testId="cuts-table"
          columns={[
            unitColumn(t('work.unit'), '120px', (c: CutRow) => c.project.unit),
            projectColumn(t('work.project'), (c: CutRow) => c.project),
            { key: 'grade', header: t('work.grade'), width: '60px', cell: (c) => <GradeBadge grade={c.grade} /> },
            {
              key: 'share',
              header: t('cuts.share'),
              width: '72px',
              align: 'right',
              cell: (c) => formatRate(c.cutShare),
            },
            moneyColumn('proposed', t('cuts.proposedCut'), (c: CutRow) => c.proposedCut),
            moneyColumn('accepted', t('cuts.acceptedCut'), (c: CutRow) => c.acceptedCut),
            {
              key: 'status',
              header: t('work.status'),
              width: '80px',
              cell: (c) => (
                <span
                  className={`badge badge--state-${c.status === 'PROPOSED' ? 'submitted' : 'confirmed'}`}
                  title={c.status === 'PROPOSED' ? undefined : c.reason}
                  data-testid={`cut-status-${c.project.code}`}
                >
                  {t(`cuts.status.${c.status}` as MessageKey)}
                </span>
              ),
            },
            ...(mode === 'decide'
              ? [
                  {
                    key: 'actions',
                    header: t('work.actions'),
                    width: '124px',
                    cell: (c: CutRow) => (
                      <CutActions
                        cut={c}
                        adjusting={adjusting === c.id}
                        onAdjust={(on) => setAdjusting(on ? c.id : null)}
                      />
                    ),
                  },
                ]
              : [{ key: 'year', header: t('cuts.targetYear'), width: '80px', cell: (c: CutRow) => c.targetYear }]),
          ]}
        />
        {mode === 'decide' && adjustingCut && (
          <AdjustCutForm key={adjustingCut.id} cut={adjustingCut} onDone={() => setAdjusting(null)} />
        )}
      </Panel>
      <Panel
        title={t('cuts.notifyTitle', { year })}
        subtitle={t('cuts.notifySubtitle')}
        {...usePanelStatus(data, error, listed.length === 0)}
        emptyText={t('cuts.notifyEmpty')}
        minHeight={100}
        testId="panel-notification-list"
      >
        <DataTable
          caption={t('cuts.notifyTitle', { year })}
          rows={listed}
          rowKey={(p) => p.id}
          status={listed.length ? 'ready' : 'empty'}
          emptyText={t('cuts.notifyEmpty')}
          testId="notification-list"
          columns={[
            unitColumn(t('work.unit'), '140px', (p: Listed) => p.unit),
            projectColumn(t('work.project'), (p: Listed) => p),
            moneyColumn('budget', t('work.budget'), (p: Listed) => p.budget),
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
              width: '60px',
              cell: (p) => <GradeBadge grade={p.listedGrade} testId={`notify-grade-${p.code}`} />,
            },
          ]}
        />
      </Panel>
    </div>
  );
}
