import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatCount } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { ImportFieldsFragment } from '../../../generated/graphql';
import { IMPORTS } from '../graphql/import.graphql';
import { shanghaiDateTime } from '../import-view';
import type { KindOption } from './UploadForm';

/** Every import of the region, newest first; one can be opened again. */
export function ImportHistory({
  kinds,
  openId,
  onOpen,
}: {
  kinds: readonly KindOption[];
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const list = useQuery(IMPORTS, { variables: { first: 20 } });
  const rows = list.data?.imports.edges.map((e) => e.node) ?? [];
  const kindLabel = (k: string) => {
    const found = kinds.find((x) => x.kind === k);
    return found ? (lang === 'zh' ? found.labelZh : found.labelEn) : k;
  };
  const columns: Column<ImportFieldsFragment>[] = [
    { key: 'when', header: t('import.colWhen'), cell: (r) => shanghaiDateTime(r.createdAt), width: '9rem' },
    { key: 'who', header: t('import.colWho'), cell: (r) => r.createdBy, width: '10rem' },
    { key: 'file', header: t('import.colFile'), cell: (r) => r.fileName },
    { key: 'kind', header: t('import.colKind'), cell: (r) => `${kindLabel(r.kind)} · ${r.year}`, width: '15rem' },
    { key: 'status', header: t('import.colStatus'), cell: (r) => t(`import.status.${r.status}`), width: '6rem' },
    {
      key: 'counts',
      header: t('import.colCounts'),
      align: 'right',
      width: '14rem',
      cell: (r) => [r.newCount, r.changedCount, r.unchangedCount, r.errorCount].map((n) => formatCount(n)).join(' / '),
    },
    {
      key: 'open',
      header: '',
      width: '5rem',
      cell: (r) => (
        <button
          type="button"
          className="button button--small"
          disabled={r.id === openId}
          onClick={() => onOpen(r.id)}
          data-testid="import-open"
        >
          {t('import.open')}
        </button>
      ),
    },
  ];
  return (
    <Panel
      title={t('import.history')}
      subtitle={t('import.historySub')}
      status="ready"
      minHeight={0}
      testId="import-history"
    >
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        status={list.loading && !list.data ? 'loading' : list.error ? 'error' : rows.length ? 'ready' : 'empty'}
        caption={t('import.history')}
        emptyText={t('import.noHistory')}
      />
    </Panel>
  );
}
