import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Pager } from '../../../app/components/Pager';
import { Tabs } from '../../../app/components/Tabs';
import { useI18n } from '../../../app/i18n/i18n';
import type { ImportRowsQuery } from '../../../generated/graphql';
import { IMPORT_ROWS } from '../graphql/import.graphql';
import { rowFilter, type ProblemView, type RowTab } from '../import-view';

type Row = NonNullable<ImportRowsQuery['import']>['rows']['edges'][number]['node'];
const PAGE = 20;

function Problems({ list, kind }: { list: readonly ProblemView[]; kind: 'error' | 'warning' }) {
  const { t, lang } = useI18n();
  return (
    <ul className={`import-problems import-problems--${kind}`}>
      {list.map((p, i) => (
        <li key={i} data-testid={`import-${kind}`}>
          <span className="import-problems__where">
            {t('import.where', { sheet: p.sheet, line: p.line, column: p.column ?? '?', heading: p.heading ?? '' })}
          </span>
          {lang === 'zh' ? p.messageZh : p.messageEn}
        </li>
      ))}
    </ul>
  );
}

function Detail({ row }: { row: Row }) {
  if (row.errors.length) return <Problems list={row.errors} kind="error" />;
  return (
    <>
      {row.warnings.length > 0 && <Problems list={row.warnings} kind="warning" />}
      {row.changes.length > 0 ? (
        <ul className="import-changes">
          {row.changes.map((c) => (
            <li key={c.field}>
              <code>{c.field}</code> {c.before ?? '—'} → <strong>{c.after ?? '—'}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <span className="import-values">
          {row.values
            .map((v) => v.value ?? '')
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
    </>
  );
}

/** The rows of an import, by result, paged by the server. */
export function ImportRows({
  importId,
  counts,
  initialTab,
}: {
  importId: string;
  counts: Record<RowTab, number>;
  initialTab: RowTab;
}) {
  const { t } = useI18n();
  const [tab, setTab] = useState<RowTab>(initialTab);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const rows = useQuery(IMPORT_ROWS, {
    variables: { id: importId, ...rowFilter(tab), first: PAGE, after: cursors[page] },
  });
  const connection = rows.data?.import?.rows;
  const list = connection?.edges.map((e) => e.node) ?? [];
  const tabs: { key: RowTab; label: string }[] = [
    { key: 'ERROR', label: t('import.tabErrors', { count: counts.ERROR }) },
    { key: 'WARNINGS', label: t('import.tabWarnings', { count: counts.WARNINGS }) },
    { key: 'CHANGED', label: t('import.tabChanged', { count: counts.CHANGED }) },
    { key: 'NEW', label: t('import.tabNew', { count: counts.NEW }) },
    { key: 'UNCHANGED', label: t('import.tabUnchanged', { count: counts.UNCHANGED }) },
  ];
  const columns: Column<Row>[] = [
    { key: 'line', header: t('import.colLine'), cell: (r) => r.line, align: 'right', width: '4rem' },
    { key: 'key', header: t('import.colKey'), cell: (r) => r.key || '—', width: '12rem' },
    { key: 'status', header: t('import.colStatus'), cell: (r) => t(`import.row.${r.status}`), width: '5rem' },
    { key: 'detail', header: t('import.colDetail'), cell: (r) => <Detail row={r} /> },
  ];
  return (
    <div className="import-rows" data-testid="import-rows">
      <Tabs
        items={tabs}
        active={tab}
        label={t('import.rows')}
        idPrefix="import-rows"
        onChange={(k) => {
          setTab(k);
          setCursors([null]);
        }}
      />
      <DataTable
        columns={columns}
        rows={list}
        rowKey={(r) => String(r.line)}
        status={rows.loading && !rows.data ? 'loading' : rows.error ? 'error' : list.length ? 'ready' : 'empty'}
        caption={t('import.rows')}
        emptyText={t('import.noRows')}
        stale={rows.loading}
        testId="import-rows-table"
      />
      <Pager
        page={page}
        pageSize={PAGE}
        totalCount={connection?.totalCount ?? 0}
        hasPrevious={page > 0}
        hasNext={!!connection?.pageInfo.hasNextPage}
        onPrevious={() => setCursors(cursors.slice(0, -1))}
        onNext={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
      />
    </div>
  );
}
