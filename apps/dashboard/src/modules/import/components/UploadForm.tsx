import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { ImportKind } from '../../../generated/graphql';

export interface KindOption {
  kind: ImportKind;
  labelZh: string;
  labelEn: string;
}

/** Kind, year and file: uploads the file and asks for its preview. */
export function UploadForm({
  kinds,
  years,
  busy,
  onSubmit,
}: {
  kinds: readonly KindOption[];
  years: readonly number[];
  busy: boolean;
  onSubmit: (input: { kind: ImportKind; year: number; file: File }) => void;
}) {
  const { t, lang } = useI18n();
  // The kinds the viewer's role imports, as the server lists them (an administrator: units, users, the library).
  const [picked, setKind] = useState<ImportKind | null>(null);
  const kind = picked ?? kinds[0]?.kind ?? null;
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const chosenYear = year ?? years[0] ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || chosenYear === null || kind === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit({ kind, year: chosenYear, file });
  };
  return (
    <form className="import-form" onSubmit={submit} data-testid="import-form">
      <label className="field">
        <span>{t('import.kind')}</span>
        <select value={kind ?? ''} onChange={(e) => setKind(e.target.value as ImportKind)} data-testid="import-kind">
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {lang === 'zh' ? k.labelZh : k.labelEn}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('import.year')}</span>
        <select value={chosenYear ?? ''} onChange={(e) => setYear(Number(e.target.value))} data-testid="import-year">
          {years.map((y) => (
            <option key={y} value={y}>
              {t('common.yearOption', { year: y })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('import.file')}</span>
        <input
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="import-file"
        />
      </label>
      <button type="submit" className="button button--primary" disabled={busy} data-testid="import-submit">
        {busy ? t('import.uploading') : t('import.previewButton')}
      </button>
      {missing && (
        <p className="form-error" role="alert">
          {t('import.chooseFile')}
        </p>
      )}
    </form>
  );
}
