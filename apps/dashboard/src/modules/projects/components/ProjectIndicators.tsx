import { useMemo } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatDecimal, formatRate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { ExportButtons } from '../../../app/components/ExportButtons';
import type { ExportColumn } from '../../../app/export/table-export';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import { indicatorRows, reportMonths, type IndicatorRow, type ProjectDetail } from '../project-detail';

/** The targets against the actuals reported at each checkpoint. */
export function ProjectIndicators({ project, file }: { project: ProjectDetail; file: (what: string) => string }) {
  const { t, lang } = useI18n();
  const months = reportMonths(project);
  const rows = useMemo(() => indicatorRows(project, lang), [project, lang]);
  const indicatorColumns: Column<IndicatorRow>[] = [
    {
      key: 'level',
      header: t('detail.ind.level'),
      width: '180px',
      cell: (r) => (
        <span title={`${r.level1} / ${r.indicator.level2}`}>
          {r.level1} · {r.indicator.level2}
        </span>
      ),
    },
    {
      key: 'name',
      header: t('detail.ind.name'),
      cell: (r) => (
        <span title={r.indicator.name}>
          {r.indicator.isKey && <span className="badge badge--key">{t('detail.ind.key')}</span>}
          {r.indicator.name}
        </span>
      ),
    },
    { key: 'target', header: t('detail.ind.target'), width: '130px', cell: (r) => r.target },
    {
      key: 'weight',
      header: t('detail.ind.weight'),
      width: '56px',
      align: 'right',
      cell: (r) => formatDecimal(r.indicator.weight, 0),
    },
    ...months.map((m) => ({
      key: `m${m}`,
      header: t('detail.ind.actualAt', { checkpoint: checkpointName(t, m) }),
      width: '170px',
      align: 'right' as const,
      cell: (r: IndicatorRow) => {
        const a = r.actuals.get(m);
        if (!a) return <span className="muted">—</span>;
        // The verdict is the server's (the year's rule, comparator-aware); the page only shows it.
        const off = a.verdict === 'OFF_PLAN';
        return (
          <span className={off ? 'off-plan' : undefined} title={a.explanation || undefined}>
            {a.actual ?? '—'}
            <span className="muted"> / {a.planned ?? '—'}</span>
            <span
              className={off ? 'off-plan__mark' : 'verdict-mark muted'}
              data-testid={`indicator-verdict-${r.indicator.id}-${m}`}
              data-verdict={a.verdict}
            >
              {' '}
              {off
                ? t('detail.ind.off', { value: a.deviation === null ? '—' : formatRate(Number(a.deviation)) })
                : a.verdict === 'ON_PLAN'
                  ? t('detail.ind.onPlan')
                  : t('detail.ind.notJudged')}
            </span>
          </span>
        );
      },
    })),
  ];
  const indicatorExport: ExportColumn<IndicatorRow>[] = [
    { header: t('detail.ind.level1'), value: (r) => r.level1 },
    { header: t('detail.ind.level2'), value: (r) => r.indicator.level2 },
    { header: t('detail.ind.name'), value: (r) => r.indicator.name, width: 30 },
    { header: t('detail.ind.key'), value: (r) => (r.indicator.isKey ? '√' : '') },
    { header: t('detail.ind.target'), value: (r) => r.target, width: 18 },
    { header: t('detail.ind.weight'), value: (r) => r.indicator.weight, type: 'number' },
    ...months.flatMap((m): ExportColumn<IndicatorRow>[] => [
      {
        header: t('detail.ind.plannedAt', { checkpoint: checkpointName(t, m) }),
        value: (r) => r.actuals.get(m)?.planned ?? '',
      },
      {
        header: t('detail.ind.actualOnlyAt', { checkpoint: checkpointName(t, m) }),
        value: (r) => r.actuals.get(m)?.actual ?? '',
      },
    ]),
  ];

  return (
    <Panel
      title={t('detail.ind.title')}
      subtitle={t('detail.ind.subtitle', { count: project.indicators.length })}
      status="ready"
      minHeight={0}
      testId="panel-indicators"
      actions={
        <ExportButtons
          columns={indicatorExport}
          load={async () => ({ rows })}
          fileName={file(t('detail.ind.file'))}
          sheetName={t('detail.ind.file')}
          disabled={rows.length === 0}
        />
      }
    >
      <DataTable
        caption={t('detail.ind.title')}
        columns={indicatorColumns}
        rows={rows}
        rowKey={(r) => r.indicator.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('detail.ind.empty')}
      />
      <p className="panel-footnote">{t('detail.ind.footnote')}</p>
    </Panel>
  );
}
