import { useCallback, useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatCount, formatDate, formatRate, formatYuan } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { FrozenCheckpointsQuery, FrozenFiguresQuery } from '../../../generated/graphql';
import { FROZEN_CHECKPOINTS, FROZEN_FIGURES } from './frozen.graphql';

/** Changes listed on the cockpit; the rest are counted. */
export const CHANGE_ROWS = 8;

type Change = FrozenFiguresQuery['changesSince']['edges'][number]['node'];
const selectCheckpoints = (d: FrozenCheckpointsQuery) =>
  d.checkpoints.filter((c) => c.scope === 'PROJECT' && c.frozenAt).sort((a, b) => b.month - a.month);
const selectFigures = (d: FrozenFiguresQuery) => d;

/**
 * 截至5月底（已冻结）: what a confirmed checkpoint reported, frozen when it was confirmed, beside today's figures,
 * and what moved after the freeze (late corrections, flag plans and closings) with who and when (issue 13 §4).
 */
export function FrozenCheckpointPanel({ year, className }: { year: number; className?: string }) {
  const { t, lang } = useI18n();
  const checkpoints = useLoadableQuery(FROZEN_CHECKPOINTS, { year }, selectCheckpoints);
  const frozen = checkpoints.state.status === 'ready' ? checkpoints.state.data : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const cp = frozen.find((c) => c.id === chosen) ?? frozen[0] ?? null;
  const figures = useLoadableQuery(
    FROZEN_FIGURES,
    { year, month: cp?.month ?? 0, checkpointId: cp?.id ?? '', first: CHANGE_ROWS },
    selectFigures,
    { skip: !cp },
  );
  const money = useCallback((yuan: string) => formatYuan(yuan, { locale: lang }), [lang]);
  if (checkpoints.state.status === 'ready' && !cp) return null;
  const state = cp ? figures.state : checkpoints.state;
  const d = state.status === 'ready' && cp ? (state.data as FrozenFiguresQuery) : null;
  const rows = d
    ? [
        {
          key: 'projects',
          label: t('frozen.projects'),
          frozen: formatCount(d.frozenExecution[0]?.projectCount ?? 0),
          live: formatCount(d.liveExecution[0]?.projectCount ?? 0),
        },
        {
          key: 'executed',
          label: t('frozen.executed'),
          frozen: <Money yuan={d.frozenExecution[0]?.executed ?? '0'} />,
          live: <Money yuan={d.liveExecution[0]?.executed ?? '0'} />,
        },
        {
          key: 'rate',
          label: t('frozen.rate'),
          frozen: formatRate(d.frozenExecution[0]?.executionRate),
          live: formatRate(d.liveExecution[0]?.executionRate),
        },
        { key: 'yellow', label: t('frozen.yellow'), frozen: d.frozenFlags.yellow, live: d.liveFlags.yellow },
        { key: 'red', label: t('frozen.red'), frozen: d.frozenFlags.red, live: d.liveFlags.red },
      ]
    : [];
  const what = (c: Change) => {
    const after = (c.after ?? {}) as { executed?: string };
    const before = (c.before ?? {}) as { executed?: string };
    if (c.action === 'CORRECT' && after.executed && before.executed) {
      return t('frozen.action.CORRECT', { before: money(before.executed), after: money(after.executed) });
    }
    if (c.action === 'CLOSE' || c.action === 'UPDATE') return t(`frozen.action.${c.action}`);
    return t('frozen.action.other', { action: c.action });
  };
  const changes = d?.changesSince.edges.map((e) => e.node) ?? [];
  return (
    <Panel
      className={className}
      testId="panel-frozen-checkpoint"
      title={t('frozen.title', { month: cp?.month ?? 5 })}
      subtitle={cp?.frozenAt ? t('frozen.subtitle', { year, date: formatDate(cp.frozenAt) }) : undefined}
      status={state.status === 'ready' ? 'ready' : state.status}
      errorText={state.status === 'error' ? state.message : undefined}
      onRetry={cp ? figures.retry : checkpoints.retry}
      retryLabel={t('common.retry')}
      minHeight={200}
      actions={
        frozen.length > 1 && (
          <label className="frozen__choose">
            <span className="jx-visually-hidden">{t('frozen.checkpoint')}</span>
            <select value={cp?.id ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="frozen-checkpoint">
              {frozen.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('frozen.month', { month: c.month })}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      {d && (
        <>
          <DataTable
            caption={t('frozen.title', { month: cp!.month })}
            rows={rows}
            rowKey={(r) => r.key}
            status="ready"
            testId="frozen-figures"
            columns={[
              { key: 'label', header: t('frozen.figure'), cell: (r) => r.label },
              { key: 'frozen', header: t('frozen.frozen'), width: '140px', cell: (r) => r.frozen },
              { key: 'live', header: t('frozen.live'), width: '140px', cell: (r) => r.live },
            ]}
          />
          <h3 className="frozen__changes" data-testid="frozen-changes-title">
            {t('frozen.changes', { count: formatCount(d.changesSince.totalCount) })}
          </h3>
          <DataTable
            caption={t('frozen.changes', { count: formatCount(d.changesSince.totalCount) })}
            rows={changes}
            rowKey={(c) => c.id}
            status={changes.length ? 'ready' : 'empty'}
            emptyText={t('frozen.noChanges')}
            testId="frozen-changes"
            columns={[
              { key: 'when', header: t('frozen.when'), width: '110px', cell: (c) => formatDate(c.at) },
              { key: 'who', header: t('frozen.who'), width: '110px', cell: (c) => c.username ?? '—' },
              {
                key: 'project',
                header: t('frozen.project'),
                cell: (c) => <span title={c.projectName}>{c.projectName}</span>,
              },
              { key: 'what', header: t('frozen.what'), cell: what },
            ]}
          />
          {d.changesSince.totalCount > changes.length && (
            <p className="panel-footnote">
              {t('frozen.more', { count: formatCount(d.changesSince.totalCount), shown: changes.length })}
            </p>
          )}
        </>
      )}
    </Panel>
  );
}
