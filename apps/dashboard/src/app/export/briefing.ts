// Briefing papers (汇报材料, issue 15 §4): a chart's PNG and the whole cockpit as one picture (PNG) or one
// document (PDF), each carrying its title, the county, the year and the date of its figures. Everything is
// drawn on a canvas from what the page shows — the charts' own canvases and the panels' text — so the
// figures are exactly the server's, and the server's CSP (scripts and styles of its own only) is kept.
// This file: what every briefing shares, and a chart's PNG; the whole cockpit is drawn by cockpit-briefing.ts.

/** What heads every briefing picture. */
export interface BriefingMeta {
  title: string;
  /** "尉犁县 · 2023 年度 · 数据截至 2026-12-06": county, year and as-of date, in the reader's language. */
  line: string;
}

export interface BriefingColors {
  background: string;
  surface: string;
  border: string;
  text: string;
  muted: string;
}

export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The colours of the page as shown (light or dark), read from its style sheet's variables. */
export function pageColors(): BriefingColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: v('--jx-bg', '#f3f5f8'),
    surface: v('--jx-surface', '#ffffff'),
    border: v('--jx-border', '#e3e7ee'),
    text: v('--jx-text', '#1f2933'),
    muted: v('--jx-text-muted', '#66727f'),
  };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart picture did not load'));
    image.src = url;
  });
}

/** Lines of at most `width`, broken between characters (Chinese has no spaces) or at spaces. */
export function wrapText(measure: (s: string) => number, text: string, width: number, maxLines = 99): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      if (line && measure(line + ch) > width) {
        const space = line.lastIndexOf(' ');
        if (/\w/.test(ch) && space > 0 && /\w$/.test(line)) {
          lines.push(line.slice(0, space));
          line = line.slice(space + 1) + ch;
        } else {
          lines.push(line);
          line = ch === ' ' ? '' : ch;
        }
      } else line += ch;
    }
    lines.push(line);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
    return kept;
  }
  return lines;
}

/** Height of the band a chart's PNG gets above the chart, in CSS pixels (before the pixel ratio). */
export const TITLE_BAND = 76;

/**
 * A chart's PNG with its title, subtitle and the briefing line above the chart: the chart's own picture
 * (ECharts' getDataURL) drawn under a band of text.
 */
export async function chartWithTitle(
  chartUrl: string,
  text: { title: string; subtitle: string; meta: BriefingMeta['line'] },
  colors: BriefingColors,
  pixelRatio = 2,
): Promise<HTMLCanvasElement> {
  const chart = await loadImage(chartUrl);
  const canvas = document.createElement('canvas');
  canvas.width = chart.naturalWidth;
  canvas.height = chart.naturalHeight + TITLE_BAND * pixelRatio;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colors.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(pixelRatio, pixelRatio);
  const width = canvas.width / pixelRatio - 32;
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.text;
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, text.title, width, 1)[0]!, 16, 12);
  ctx.fillStyle = colors.muted;
  ctx.font = `13px ${FONT}`;
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, text.subtitle, width, 1)[0]!, 16, 36);
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, text.meta, width, 1)[0]!, 16, 54);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(chart, 0, TITLE_BAND * pixelRatio);
  return canvas;
}

/** Canvas to bytes. */
export function canvasBlob(
  canvas: HTMLCanvasElement,
  type: 'image/png' | 'image/jpeg',
  quality?: number,
): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), type, quality),
  );
}
