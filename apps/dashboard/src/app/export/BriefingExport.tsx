import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useToast } from '../components/Toast';
import { canvasBlob } from './briefing';
import { briefingPdf, composeBriefing } from './cockpit-briefing';
import { downloadBlob, safeFileName } from './download';
import { useBriefingLine } from './use-briefing';

/**
 * Two buttons that export the view in `targetId` (the cockpit) as a briefing paper: one PDF of A4 pages, or
 * one PNG, headed by the title, the place, the year and the date of the figures, with every panel.
 */
export function BriefingExport({ targetId = 'main' }: { targetId?: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const { place, year, line } = useBriefingLine();
  const [busy, setBusy] = useState(false);
  const title = t('briefing.title', { place });
  const run = async (kind: 'pdf' | 'png') => {
    const root = document.getElementById(targetId);
    if (!root) return;
    setBusy(true);
    try {
      const picture = composeBriefing(root, { title, line });
      const name = safeFileName([t('briefing.file'), place, year]);
      if (kind === 'pdf') downloadBlob(await briefingPdf(picture, `${title} ${line}`), `${name}.pdf`);
      else downloadBlob(await canvasBlob(picture.canvas, 'image/png'), `${name}.png`);
    } catch (e) {
      toast(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run('pdf')}
        title={t('briefing.pdfTitle')}
        data-testid="export-briefing-pdf"
      >
        {busy ? t('export.busy') : t('briefing.pdf')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run('png')}
        title={t('briefing.pngTitle')}
        data-testid="export-briefing-png"
      >
        {t('briefing.png')}
      </button>
    </>
  );
}
