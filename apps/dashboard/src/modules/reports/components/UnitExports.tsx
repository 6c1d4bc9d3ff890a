import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useAllPages } from '../../../app/apollo/use-all-pages';
import type { ExportUnitsQuery } from '../../../generated/graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { EXPORT_UNITS } from '../graphql/reports.graphql';
import { exportPaths } from '../export-file';
import { DownloadButton } from './DownloadButton';

const unitsOf = (d: ExportUnitsQuery) => d.units;

/** Each unit's forms of the year as a zip, and the whole county's in one zip with a folder per unit. */
export function UnitExports({ year }: { year: number }) {
  const { t } = useI18n();
  const { state, retry } = useAllPages(EXPORT_UNITS, {}, unitsOf);
  const units = state.status === 'ready' ? state.data.nodes : [];
  const status = state.status === 'ready' ? (units.length ? 'ready' : 'empty') : state.status;
  return (
    <Panel
      title={t('reports.units.title')}
      subtitle={t('reports.units.subtitle')}
      status="ready"
      minHeight={0}
      testId="panel-unit-exports"
      actions={
        <DownloadButton
          small
          path={exportPaths.yearZip(year)}
          fallbackName={`${year}-tables.zip`}
          label={t('reports.units.allDownload')}
          testId="download-year-zip"
        />
      }
    >
      <div className="reports__units">
        <DataTable
          caption={t('reports.units.title')}
          rows={units}
          rowKey={(u) => u.id}
          status={status}
          errorText={state.status === 'error' ? t('common.loadFailed', { reason: state.message }) : undefined}
          onRetry={retry}
          retryLabel={t('common.retry')}
          emptyText={t('common.noData')}
          columns={[
            {
              key: 'code',
              header: t('reports.units.col.code'),
              width: '96px',
              cell: (u) => <span className="mono">{u.code}</span>,
            },
            { key: 'name', header: t('reports.units.col.name'), cell: (u) => <span title={u.name}>{u.name}</span> },
            {
              key: 'zip',
              header: t('reports.units.col.zip', { year }),
              width: '150px',
              align: 'right',
              cell: (u) => (
                <DownloadButton
                  small
                  path={exportPaths.unitZip(u.id, year)}
                  fallbackName={`${u.code}-${year}-tables.zip`}
                  label={t('reports.units.download')}
                  testId={`download-unit-zip-${u.code}`}
                />
              ),
            },
          ]}
        />
      </div>
    </Panel>
  );
}
