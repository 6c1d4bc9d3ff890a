import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { pickServerMessage } from '../../../app/i18n/translate';
import { downloadExport } from '../export-file';

/** A button that downloads a file the server builds, with its progress and the server's reason if refused. */
export function DownloadButton({
  path,
  fallbackName,
  label,
  testId,
  primary,
  small,
}: {
  path: string;
  fallbackName: string;
  label: string;
  testId?: string;
  primary?: boolean;
  small?: boolean;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const run = async () => {
    setState({ busy: true, error: null });
    try {
      await downloadExport(path, fallbackName);
      setState({ busy: false, error: null });
    } catch (e) {
      const message = e instanceof Error ? pickServerMessage(e.message, lang) : t('error.unknown');
      setState({ busy: false, error: t('reports.download.failed', { message }) });
    }
  };
  const className = ['button', primary ? 'button--primary' : '', small ? 'button--small' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <span className="download">
      <button type="button" className={className} onClick={() => void run()} disabled={state.busy} data-testid={testId}>
        {state.busy ? t('reports.download.busy') : label}
      </button>
      {state.error && (
        <span className="field-error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
