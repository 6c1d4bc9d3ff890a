import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from '../apollo/use-loadable-query';
import { exportCsv, exportXlsx, type ExportColumn } from '../export/table-export';

export interface ExportButtonsProps<Row> {
  columns: readonly ExportColumn<Row>[];
  /** Every row to export, as the server answers them for this viewer and these filters. */
  load: () => Promise<{ rows: readonly Row[]; truncated?: boolean }>;
  fileName: string;
  sheetName: string;
  disabled?: boolean;
}

/** CSV and XLSX of a table: all its rows across pages, not just the page on screen. */
export function ExportButtons<Row>({ columns, load, fileName, sheetName, disabled }: ExportButtonsProps<Row>) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setMessage(null);
    try {
      const { rows, truncated } = await load();
      if (format === 'csv') exportCsv(columns, rows, fileName);
      else await exportXlsx(columns, rows, fileName, sheetName);
      if (truncated) setMessage(t('export.truncated', { count: rows.length }));
    } catch (e) {
      setMessage(t('export.failed', { reason: errorMessage(e, t, lang) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="button button--small"
        disabled={disabled || busy !== null}
        onClick={() => void run('csv')}
        data-testid="export-csv"
        aria-busy={busy === 'csv'}
      >
        {busy === 'csv' ? t('export.busy') : t('export.csv')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={disabled || busy !== null}
        onClick={() => void run('xlsx')}
        data-testid="export-xlsx"
        aria-busy={busy === 'xlsx'}
      >
        {busy === 'xlsx' ? t('export.busy') : t('export.xlsx')}
      </button>
      {message && (
        <span className="export-buttons__message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
