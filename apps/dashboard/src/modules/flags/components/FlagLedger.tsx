import { useCallback, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatCount } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { fetchAllPages } from '../../../app/apollo/fetch-all';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import { CursorPager } from '../../../app/components/Pager';
import { safeFileName } from '../../../app/export/download';
import { useI18n } from '../../../app/i18n/i18n';
import { projectPath } from '../../../app/router/routes';
import { refFilter } from '../../../app/analytics/cross-filter';
import { Link, useQueryParams } from '../../../app/router/router';
import type { FlagFilter, FlagLedgerQuery } from '../../../generated/graphql';
import { FlagBadge } from '../../projects';
import { FLAG_LEDGER } from '../graphql/flag-ledger.graphql';
import { LedgerPickers, useLedgerScope } from './LedgerPickers';
import { flagExportColumns, isOverdue, parseLedgerState, raisedText, type FlagRow } from '../flag-rows';

const PAGE_SIZE = 20;
const connection = (d: FlagLedgerQuery) => d.flags;

export interface FlagLedgerProps {
  /** Budget year of the flags; null lists every year. */
  year: number | null;
  sectionId?: string | null;
  unitId?: string | null;
  /** Status shown when the URL names none (the performance section's ledger opens on open flags). */
  defaultStatus?: 'OPEN' | 'CLOSED';
  title: string;
  subtitle?: string;
  fileLabel: string;
  /** Show the section column (county-wide ledgers). */
  showSection?: boolean;
  /** Offer year, section and unit pickers (the county ledger); they override `year`, `sectionId`, `unitId`. */
  pickers?: boolean;
  testId?: string;
}

/** The flag ledger (总台账): deadline first, days overdue highlighted, filters in the URL, CSV/XLSX of all rows. */
export function FlagLedger(props: FlagLedgerProps) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const [params, update] = useQueryParams();
  const state = useMemo(() => parseLedgerState(params, { status: props.defaultStatus }), [params, props.defaultStatus]);
  const picked = useLedgerScope();
  const year = props.pickers ? picked.year : props.year;
  // The pickers name the section and unit by code (an older address by global id).
  const refs = useMemo(
    () =>
      props.pickers
        ? refFilter(picked)
        : { sectionId: props.sectionId ?? null, sectionCode: null, unitId: props.unitId ?? null, unitCode: null },
    [props.pickers, picked, props.sectionId, props.unitId],
  );
  const filter = useMemo<FlagFilter>(
    () => ({
      year,
      ...refs,
      level: state.level,
      status: state.overdue ? 'OPEN' : state.status,
      overdue: state.overdue || null,
    }),
    [year, refs, state],
  );
  const pages = useCursorPages(FLAG_LEDGER, { filter }, connection, PAGE_SIZE);
  const load = useCallback(async () => {
    const all = await fetchAllPages(client, FLAG_LEDGER, { filter }, connection);
    return { rows: all.nodes, truncated: all.truncated };
  }, [client, filter]);

  const columns: Column<FlagRow>[] = [
    {
      key: 'project',
      header: t('flags.col.project'),
      cell: (f) =>
        f.project ? (
          <Link to={projectPath(f.project.id)} className="table-link" title={`${f.project.code} ${f.project.name}`}>
            <span className="mono muted">{f.project.code}</span> {f.project.name}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'unit',
      header: t('projects.col.unit'),
      width: '14%',
      cell: (f) => <span title={f.project?.unit?.name}>{f.project?.unit?.name ?? t('projects.classifiedUnit')}</span>,
    },
    ...(props.showSection
      ? [
          {
            key: 'section',
            header: t('flags.col.section'),
            width: '96px',
            cell: (f: FlagRow) => f.project?.unit?.section?.name ?? '—',
          },
        ]
      : []),
    { key: 'level', header: t('flags.col.level'), width: '108px', cell: (f) => <FlagBadge level={f.level} /> },
    { key: 'raised', header: t('flags.col.raised'), width: '150px', cell: (f) => raisedText(f, t) },
    {
      key: 'deadline',
      header: t('flags.col.deadline'),
      width: '100px',
      cell: (f) => <time dateTime={f.deadline}>{f.deadline}</time>,
    },
    {
      key: 'overdue',
      header: t('flags.col.daysOverdue'),
      width: '84px',
      align: 'right',
      cell: (f) =>
        isOverdue(f) ? (
          <strong className="overdue">{t('flags.days', { days: formatCount(f.daysOverdue) })}</strong>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'status',
      header: t('flags.col.status'),
      width: '124px',
      cell: (f) => (f.status === 'OPEN' ? t('flags.status.OPEN') : t('flags.closedOn', { date: f.closedOn ?? '' })),
    },
    { key: 'owner', header: t('flags.col.owner'), width: '84px', cell: (f) => f.ownerName || '—' },
    {
      key: 'reduction',
      header: t('flags.col.reduction'),
      width: AMOUNT_WIDTH,
      align: 'right',
      cell: (f) => (f.proposedReduction ? <Money yuan={f.proposedReduction} /> : <span className="muted">—</span>),
    },
  ];
  const status = pages.status === 'ready' ? (pages.nodes.length === 0 ? 'empty' : 'ready') : pages.status;
  return (
    <Panel
      title={props.title}
      subtitle={[
        year === null ? t('flags.allYears') : t('flags.ofYear', { year }),
        props.subtitle,
        pages.status === 'ready' ? t('flags.count', { count: formatCount(pages.totalCount) }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
      status="ready"
      testId={props.testId ?? 'flag-ledger'}
      minHeight={0}
      actions={
        <ExportButtons
          columns={flagExportColumns(t, lang)}
          load={load}
          fileName={safeFileName([t('flags.file'), props.fileLabel, year])}
          sheetName={t('flags.file')}
          disabled={pages.status !== 'ready' || pages.totalCount === 0}
        />
      }
    >
      <div className="filter-bar">
        {props.pickers && <LedgerPickers scope={picked} />}
        <label className="field field--inline">
          <span>{t('flags.col.status')}</span>
          <select
            value={state.status ?? 'all'}
            onChange={(e) =>
              update({ status: e.target.value === (props.defaultStatus ?? 'all') ? null : e.target.value })
            }
            data-testid="filter-status"
          >
            <option value="all">{t('projects.all')}</option>
            <option value="OPEN">{t('flags.status.OPEN')}</option>
            <option value="CLOSED">{t('flags.status.CLOSED')}</option>
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('flags.col.level')}</span>
          <select
            value={state.level ?? ''}
            onChange={(e) => update({ level: e.target.value || null })}
            data-testid="filter-level"
          >
            <option value="">{t('projects.all')}</option>
            <option value="YELLOW">{t('flags.level.YELLOW')}</option>
            <option value="RED">{t('flags.level.RED')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.overdue}
            onChange={(e) => update({ overdue: e.target.checked ? '1' : null })}
            data-testid="filter-overdue"
          />
          <span>{t('flags.overdueOnly')}</span>
        </label>
      </div>
      <DataTable
        testId="flag-rows"
        caption={props.title}
        columns={columns}
        rows={pages.nodes}
        rowKey={(f) => f.id}
        rowClassName={(f) => (isOverdue(f) ? 'row--overdue' : undefined)}
        status={status}
        errorText={t('common.loadFailed', { reason: pages.errorText ?? '' })}
        emptyText={t('flags.empty')}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        skeletonRows={6}
      />
      {status === 'ready' && <CursorPager pages={pages} pageSize={PAGE_SIZE} />}
    </Panel>
  );
}
