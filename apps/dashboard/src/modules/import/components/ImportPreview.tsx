import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatCount, formatDate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import type { ImportFieldsFragment } from '../../../generated/graphql';
import { COMMIT_IMPORT, IMPORT, IMPORTS } from '../graphql/import.graphql';
import { firstTab, progressPercent } from '../import-view';
import { MappingForm, type FieldOption } from './MappingForm';
import { ImportRows } from './ImportRows';
import { OneTimePasswords, type HandedPassword } from './OneTimePasswords';

function Counts({ imp }: { imp: ImportFieldsFragment }) {
  const { t } = useI18n();
  const items = [
    ['new', t('import.countNew'), imp.newCount],
    ['changed', t('import.countChanged'), imp.changedCount],
    ['unchanged', t('import.countUnchanged'), imp.unchangedCount],
    ['error', t('import.countError'), imp.errorCount],
    ['warning', t('import.countWarning'), imp.warningCount],
  ] as const;
  return (
    <dl className="import-counts" data-testid="import-counts">
      {items.map(([key, label, n]) => (
        <div key={key} className={`import-counts__item import-counts__item--${key}`} data-testid={`count-${key}`}>
          <dt>{label}</dt>
          <dd>{formatCount(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One import: its progress while read, the mapping step, the counts and rows, and the commit. */
export function ImportPreview({
  importId,
  fieldsOf,
  busy,
  onRemap,
  onMessage,
}: {
  importId: string;
  fieldsOf: (kind: ImportFieldsFragment['kind']) => readonly FieldOption[];
  busy: boolean;
  onRemap: (imp: ImportFieldsFragment, mapping: { heading: string; field: string }[]) => void;
  onMessage: (message: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const query = useQuery(IMPORT, { variables: { id: importId } });
  const imp = query.data?.import ?? null;
  const reading = imp?.status === 'READING';
  // The server reads in the background: poll its progress until it is done.
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!reading) return;
    startPolling(500);
    return () => stopPolling();
  }, [reading, startPolling, stopPolling]);
  const [commit, committing] = useMutation(COMMIT_IMPORT, { refetchQueries: [IMPORTS] });
  // New users' one-time passwords: in the commit's response only, kept in this view until it is left.
  const [passwords, setPasswords] = useState<readonly HandedPassword[]>([]);
  if (!imp) {
    return <Panel title={t('import.current')} status={query.error ? 'error' : 'loading'} minHeight={200} />;
  }
  const onCommit = async () => {
    const text = t('import.commitConfirm', {
      new: imp.newCount,
      changed: imp.changedCount,
      unchanged: imp.unchangedCount,
    });
    if (!window.confirm(text)) return;
    try {
      const res = await commit({ variables: { id: imp.id, version: imp.version } });
      setPasswords(res.data?.commitImport.oneTimePasswords ?? []);
      onMessage(null);
    } catch (e) {
      onMessage(errorMessage(e, t, lang));
    }
  };
  const counts = {
    ERROR: imp.errorCount,
    WARNINGS: imp.warningCount,
    CHANGED: imp.changedCount,
    NEW: imp.newCount,
    UNCHANGED: imp.unchangedCount,
  };
  return (
    <Panel
      title={`${t('import.current')} · ${t(`import.status.${imp.status}`)}`}
      subtitle={t('import.currentSub', { file: imp.fileName, sheet: imp.sheet, year: imp.year })}
      status="ready"
      minHeight={0}
      testId="import-preview"
    >
      <div data-status={imp.status} data-testid="import-status">
        {reading && (
          <div className="import-progress">
            <progress max={100} value={progressPercent(imp.progress)} aria-label={t('import.progress')} />
            <span>{t('import.reading', { read: formatCount(imp.rowsRead), total: formatCount(imp.rowsTotal) })}</span>
          </div>
        )}
        {imp.status === 'FAILED' && <p className="form-error">{t('import.failed', { reason: imp.failure ?? '' })}</p>}
        {imp.status === 'NEEDS_MAPPING' && (
          <MappingForm
            unknownHeadings={imp.unknownHeadings}
            missingFields={imp.missingFields}
            fields={fieldsOf(imp.kind)}
            busy={busy}
            onSubmit={(mapping) => onRemap(imp, mapping)}
          />
        )}
        {(imp.status === 'PREVIEWED' || imp.status === 'COMMITTED') && (
          <>
            <Counts imp={imp} />
            {imp.status === 'COMMITTED' ? (
              <p className="notice notice--ok" data-testid="import-committed">
                {t('import.committed', { date: formatDate(imp.committedAt ?? '') })}
              </p>
            ) : imp.errorCount > 0 ? (
              <p className="notice notice--warn" data-testid="import-blocked">
                {t('import.commitBlocked', { count: imp.errorCount })}
              </p>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={committing.loading}
                onClick={() => void onCommit()}
                data-testid="import-commit"
              >
                {committing.loading ? t('import.committing') : t('import.commit')}
              </button>
            )}
            {passwords.length > 0 && (
              <OneTimePasswords
                passwords={passwords}
                fileName={`one-time-passwords-${imp.fileName.replace(/\.\w+$/, '')}`}
              />
            )}
            <ImportRows key={`${imp.id}-${imp.status}`} importId={imp.id} counts={counts} initialTab={firstTab(imp)} />
          </>
        )}
      </div>
    </Panel>
  );
}
