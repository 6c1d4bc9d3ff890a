import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import { useQueryParams } from '../../../app/router/router';
import type { ImportFieldsFragment, ImportKind } from '../../../generated/graphql';
import { IMPORT_KINDS, IMPORTS, PREVIEW_IMPORT } from '../graphql/import.graphql';
import { uploadFile } from '../upload';
import { ImportHistory } from './ImportHistory';
import { ImportPreview } from './ImportPreview';
import { UploadForm } from './UploadForm';
import '../import.css';

/** 数据导入: upload a budget-system or treasury export, preview it (mapping when needed), commit; the history. */
export default function ImportPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useQueryParams();
  const openId = params.get('id');
  const meta = useQuery(IMPORT_KINDS);
  const [preview] = useMutation(PREVIEW_IMPORT, { refetchQueries: [IMPORTS] });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const kinds = meta.data?.importKinds ?? [];
  // The years with data, and the one after the newest (next year's budget is imported before it starts).
  const known = meta.data?.me?.years ?? [];
  const years = known.length ? [known[0]! + 1, ...known] : [];

  const run = async (fileId: string, kind: ImportKind, year: number, mapping: { heading: string; field: string }[]) => {
    const res = await preview({ variables: { fileId, kind, year, mapping } });
    if (res.data) setParams({ id: res.data.previewImport.id });
  };
  const onUpload = async (input: { kind: ImportKind; year: number; file: File }) => {
    setBusy(true);
    setMessage(null);
    try {
      const fileId = await uploadFile(input.file, lang);
      await run(fileId, input.kind, input.year, []);
    } catch (e) {
      setMessage(t('import.uploadFailed', { reason: errorMessage(e, t, lang) }));
    } finally {
      setBusy(false);
    }
  };
  const onRemap = async (imp: ImportFieldsFragment, mapping: { heading: string; field: string }[]) => {
    setBusy(true);
    setMessage(null);
    try {
      await run(imp.fileId, imp.kind, imp.year, mapping);
    } catch (e) {
      setMessage(errorMessage(e, t, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="page" id="main">
      <PageHeading title={t('import.title')} subtitle={t('import.subtitle')} />
      <div className="import-page">
        <Panel
          title={t('import.upload')}
          subtitle={t('import.uploadSub')}
          status={meta.loading && !meta.data ? 'loading' : meta.error ? 'error' : 'ready'}
          minHeight={0}
          testId="import-upload"
        >
          <UploadForm kinds={kinds} years={years} busy={busy} onSubmit={(i) => void onUpload(i)} />
          {message && (
            <p className="form-error" role="alert" data-testid="import-message">
              {message}
            </p>
          )}
        </Panel>
        {openId && (
          <ImportPreview
            key={openId}
            importId={openId}
            fieldsOf={(kind) => kinds.find((k) => k.kind === kind)?.fields ?? []}
            busy={busy}
            onRemap={(imp, mapping) => void onRemap(imp, mapping)}
            onMessage={setMessage}
          />
        )}
        <ImportHistory kinds={kinds} openId={openId} onOpen={(id) => setParams({ id })} />
      </div>
    </main>
  );
}
