import {
  COMPARATOR_SYMBOLS,
  INDICATOR_LEVEL1_LABELS,
  type Comparator,
  type IndicatorLevel1,
} from '@jixiao/schema/enums';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { TemplateRow } from './TemplateForm';

/** Whether a template is out of the year's library (retired, or replaced by a newer version, by then). */
export function retiredIn(row: TemplateRow, year: number): boolean {
  return row.retiredFrom !== null && row.retiredFrom !== undefined && row.retiredFrom <= year;
}

/**
 * The templates of a year's library as the server lists them, each with its region; retired ones muted, without
 * actions, and those of a region above (not the administrator's to change) marked instead of offered.
 */
export function TemplateTable({
  year,
  rows,
  caption,
  onEdit,
  onRetire,
}: {
  year: number;
  rows: readonly TemplateRow[];
  caption: string;
  onEdit: (row: TemplateRow) => void;
  onRetire: (row: TemplateRow) => void;
}) {
  const { t, lang } = useI18n();
  const years = (r: TemplateRow) => {
    const from = r.fromYear === 0 ? t('lib.t.fromStart') : String(r.fromYear);
    if (!r.retiredFrom) return t('lib.t.since', { from });
    // Retired in the year it was added: it was never in a library.
    if (r.retiredFrom <= r.fromYear) return t('lib.t.retiredFrom', { year: r.retiredFrom });
    return t('lib.t.span', { from, to: r.retiredFrom - 1 });
  };
  const columns: Column<TemplateRow>[] = [
    { key: 'code', header: t('lib.t.code'), width: '10%', cell: (r) => <span className="mono">{r.code}</span> },
    {
      key: 'region',
      header: t('lib.t.region'),
      width: '10%',
      cell: (r) => {
        const region = r.regionName ?? t('lib.t.national');
        return <span title={region}>{region}</span>;
      },
    },
    {
      key: 'group',
      header: t('lib.t.group'),
      width: '11%',
      cell: (r) => <span title={r.groupName}>{r.groupName}</span>,
    },
    {
      key: 'level',
      header: `${t('lib.t.level1')} / ${t('lib.t.level2')}`,
      width: '14%',
      cell: (r) => {
        const label = INDICATOR_LEVEL1_LABELS[r.level1 as IndicatorLevel1]?.[lang] ?? r.level1;
        return <span title={`${label} / ${r.level2}`}>{`${label} / ${r.level2}`}</span>;
      },
    },
    {
      key: 'name',
      header: t('lib.t.name'),
      cell: (r) => (
        <span title={r.name}>
          {r.name}
          {retiredIn(r, year) && <span className="badge badge--warning"> {t('lib.t.retiredBadge')}</span>}
        </span>
      ),
    },
    {
      key: 'reference',
      header: t('lib.t.referenceValue'),
      width: '14%',
      cell: (r) => {
        const text = r.quantitative
          ? `${COMPARATOR_SYMBOLS[r.comparator as Comparator] ?? r.comparator} ${r.referenceValue} ${r.unitOfMeasure}`
          : r.referenceValue;
        return <span title={text}>{text}</span>;
      },
    },
    { key: 'years', header: t('lib.t.years'), width: '10%', cell: years },
    {
      key: 'actions',
      header: t('lib.actions'),
      width: '128px',
      cell: (r) =>
        retiredIn(r, year) ? null : !r.administered ? (
          <span className="muted" title={t('lib.t.aboveTitle')} data-testid={`template-above-${r.code}`}>
            {t('lib.t.above')}
          </span>
        ) : (
          <span className="user-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => onEdit(r)}
              data-testid={`template-edit-${r.code}`}
            >
              {t('lib.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onRetire(r)}
              data-testid={`template-retire-${r.code}`}
            >
              {t('lib.templates.retire')}
            </button>
          </span>
        ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      retryLabel={t('common.retry')}
      testId="template-rows"
      rows={rows}
      rowKey={(r) => r.id}
      status={rows.length ? 'ready' : 'empty'}
      rowClassName={(r) => (retiredIn(r, year) ? 'row--muted' : undefined)}
      columns={columns}
    />
  );
}
