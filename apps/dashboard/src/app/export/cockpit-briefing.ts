// The whole cockpit as one briefing picture (PNG) or document (PDF): the key figures and every panel of the
// page, measured and drawn on one canvas (see briefing.ts for why a canvas).

import { canvasBlob, FONT, pageColors, wrapText, type BriefingColors, type BriefingMeta } from './briefing';
import { pageCuts, pdfOfImages, type PdfImage } from './pdf';

const PAGE_WIDTH = 1240;
const MARGIN = 40;
const GAP = 20;
const COLUMN = (PAGE_WIDTH - 2 * MARGIN - GAP) / 2;
const PAD = 16;

type Ctx = CanvasRenderingContext2D;

/** One thing to draw, measured first (height for a given width), then drawn at a place. */
interface Block {
  wide: boolean;
  height: (ctx: Ctx, width: number) => number;
  draw: (ctx: Ctx, x: number, y: number, width: number) => void;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function font(ctx: Ctx, size: number, weight = 400) {
  ctx.font = `${weight} ${size}px ${FONT}`;
}

function kpiBlock(row: HTMLElement, colors: BriefingColors): Block {
  const tiles = [...row.querySelectorAll<HTMLElement>('.jx-kpi')].map((tile) => ({
    label: text(tile.querySelector('.jx-kpi__label')),
    value: text(tile.querySelector('.jx-kpi__value')),
    sub: text(tile.querySelector('.jx-kpi__sub, .jx-kpi__status')),
  }));
  const perRow = 4;
  const tileHeight = 104;
  return {
    wide: true,
    height: () => Math.ceil(tiles.length / perRow) * (tileHeight + 12) - 12,
    draw: (ctx, x, y, width) => {
      const w = (width - (perRow - 1) * 12) / perRow;
      tiles.forEach((tile, i) => {
        const tx = x + (i % perRow) * (w + 12);
        const ty = y + Math.floor(i / perRow) * (tileHeight + 12);
        box(ctx, tx, ty, w, tileHeight, colors);
        ctx.fillStyle = colors.muted;
        font(ctx, 13);
        ctx.fillText(wrapText((s) => ctx.measureText(s).width, tile.label, w - 2 * PAD, 1)[0]!, tx + PAD, ty + 12);
        ctx.fillStyle = colors.text;
        font(ctx, 26, 700);
        ctx.fillText(wrapText((s) => ctx.measureText(s).width, tile.value, w - 2 * PAD, 1)[0]!, tx + PAD, ty + 34);
        ctx.fillStyle = colors.muted;
        font(ctx, 12);
        wrapText((s) => ctx.measureText(s).width, tile.sub, w - 2 * PAD, 2).forEach((line, j) =>
          ctx.fillText(line, tx + PAD, ty + 70 + j * 16),
        );
      });
    },
  };
}

function box(ctx: Ctx, x: number, y: number, w: number, h: number, colors: BriefingColors) {
  ctx.fillStyle = colors.surface;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

/** A table as rows of wrapped cells, the columns as wide as the page shows them (relative). */
function tableRows(table: HTMLTableElement) {
  const rows = [...table.rows].map((tr) => [...tr.cells].map((c) => text(c)));
  const first = table.rows[0];
  const widths = first ? [...first.cells].map((c) => c.getBoundingClientRect().width || 1) : [];
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  return { rows, shares: widths.map((w) => w / total), headerRows: table.tHead?.rows.length ?? 0 };
}

function panelBlock(panel: HTMLElement, colors: BriefingColors): Block {
  const title = text(panel.querySelector('.jx-panel__title'));
  const subtitle = text(panel.querySelector('.jx-panel__subtitle'));
  const canvas = panel.querySelector<HTMLCanvasElement>('.jx-echart canvas');
  const tables = [...panel.querySelectorAll<HTMLTableElement>('.jx-panel__body table')].map(tableRows);
  const body = panel.querySelector<HTMLElement>('.jx-panel__body');
  // A list (the calendar) gives a line per item, its parts side by side; other text a line per line.
  const items = body ? [...body.querySelectorAll<HTMLElement>('li')] : [];
  const lines =
    canvas || tables.length
      ? []
      : items.length
        ? items.map(
            (li) =>
              [...li.children]
                .map((c) => text(c))
                .filter(Boolean)
                .join('  ·  ') || text(li),
          )
        : (body?.innerText ?? text(panel.querySelector('.jx-panel__empty-inline')))
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
  const wide = panel.classList.contains('dashboard__wide') || panel.closest('.dashboard__wide') !== null;
  const head = (ctx: Ctx, width: number) => {
    font(ctx, 13);
    return 16 + 24 + wrapText((s) => ctx.measureText(s).width, subtitle, width - 2 * PAD, 3).length * 18 + 8;
  };
  const tableHeight = (ctx: Ctx, width: number) =>
    tables.reduce((sum, t) => sum + layoutTable(ctx, t, width - 2 * PAD).height + 12, 0);
  const linesHeight = (ctx: Ctx, width: number) => {
    font(ctx, 13);
    return lines.reduce((sum, l) => sum + wrapText((s) => ctx.measureText(s).width, l, width - 2 * PAD).length * 18, 0);
  };
  const chartHeight = (width: number) => (canvas ? ((width - 2 * PAD) * canvas.height) / (canvas.width || 1) : 0);
  return {
    wide,
    height: (ctx, width) =>
      head(ctx, width) + chartHeight(width) + tableHeight(ctx, width) + linesHeight(ctx, width) + PAD,
    draw: (ctx, x, y, width) => {
      ctx.fillStyle = colors.text;
      font(ctx, 16, 600);
      ctx.fillText(title, x + PAD, y + 14);
      ctx.fillStyle = colors.muted;
      font(ctx, 13);
      let at = y + 40;
      for (const line of wrapText((s) => ctx.measureText(s).width, subtitle, width - 2 * PAD, 3)) {
        ctx.fillText(line, x + PAD, at);
        at += 18;
      }
      at += 8;
      if (canvas) {
        const h = chartHeight(width);
        ctx.drawImage(canvas, x + PAD, at, width - 2 * PAD, h);
        at += h;
      }
      for (const t of tables) {
        at = drawTable(ctx, layoutTable(ctx, t, width - 2 * PAD), x + PAD, at, colors) + 12;
      }
      ctx.fillStyle = colors.text;
      font(ctx, 13);
      for (const l of lines)
        for (const line of wrapText((s) => ctx.measureText(s).width, l, width - 2 * PAD)) {
          ctx.fillText(line, x + PAD, at);
          at += 18;
        }
    },
  };
}

interface TableLayout {
  cells: string[][][];
  widths: number[];
  heights: number[];
  headerRows: number;
  height: number;
}

function layoutTable(ctx: Ctx, t: ReturnType<typeof tableRows>, width: number): TableLayout {
  const widths = t.shares.map((s) => s * width);
  font(ctx, 12);
  const cells = t.rows.map((row) =>
    row.map((cell, i) => wrapText((s) => ctx.measureText(s).width, cell, Math.max(20, (widths[i] ?? width) - 12))),
  );
  const heights = cells.map((row) => Math.max(1, ...row.map((c) => c.length)) * 16 + 10);
  return { cells, widths, heights, headerRows: t.headerRows, height: heights.reduce((a, b) => a + b, 0) };
}

function drawTable(ctx: Ctx, t: TableLayout, x: number, y: number, colors: BriefingColors): number {
  let at = y;
  t.cells.forEach((row, r) => {
    let cx = x;
    font(ctx, 12, r < t.headerRows ? 600 : 400);
    ctx.fillStyle = r < t.headerRows ? colors.muted : colors.text;
    row.forEach((lines, i) => {
      lines.forEach((line, j) => ctx.fillText(line, cx + 6, at + 5 + j * 16));
      cx += t.widths[i] ?? 0;
    });
    at += t.heights[r]!;
    ctx.strokeStyle = colors.border;
    ctx.beginPath();
    ctx.moveTo(x, at - 0.5);
    ctx.lineTo(x + t.widths.reduce((a, b) => a + b, 0), at - 0.5);
    ctx.stroke();
  });
  return at;
}

export interface BriefingPicture {
  canvas: HTMLCanvasElement;
  /** Where rows of panels end, in canvas pixels: a PDF's pages are cut there. */
  rowEnds: number[];
}

/**
 * The cockpit as one picture: its title, county, year and as-of date on top, then the key figures and
 * every panel of `root`, two to a row (wide panels alone), as the page lays them out.
 */
export function composeBriefing(
  root: HTMLElement,
  meta: BriefingMeta,
  colors = pageColors(),
  scale = 2,
): BriefingPicture {
  const blocks: Block[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('.kpi-row, .jx-panel')) {
    // Not what the page hides from a briefing (a to-do list), nor a panel inside another.
    if (el.closest('[data-briefing="skip"]') || el.parentElement?.closest('.jx-panel')) continue;
    if (el.classList.contains('kpi-row')) blocks.push(kpiBlock(el, colors));
    else if (el.querySelector('.jx-panel__title')) blocks.push(panelBlock(el, colors));
  }
  const measure = document.createElement('canvas').getContext('2d')!;
  // Rows: a wide block alone, narrow blocks in pairs.
  type Placed = { block: Block; x: number; width: number; height: number };
  const rows: Placed[][] = [];
  let open: Placed[] | null = null;
  for (const block of blocks) {
    const width = block.wide ? PAGE_WIDTH - 2 * MARGIN : COLUMN;
    const placed = { block, x: 0, width, height: block.height(measure, width) };
    if (block.wide) {
      rows.push([{ ...placed, x: MARGIN }]);
      open = null;
    } else if (open && open.length === 1) {
      open.push({ ...placed, x: MARGIN + COLUMN + GAP });
      open = null;
    } else {
      open = [{ ...placed, x: MARGIN }];
      rows.push(open);
    }
  }
  const headHeight = 120;
  const rowHeights = rows.map((r) => Math.max(...r.map((p) => p.height)));
  const height = headHeight + rowHeights.reduce((a, h) => a + h + GAP, 0) + MARGIN - GAP;
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_WIDTH * scale;
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, PAGE_WIDTH, height);
  ctx.fillStyle = colors.text;
  font(ctx, 30, 700);
  ctx.fillText(meta.title, MARGIN, MARGIN);
  ctx.fillStyle = colors.muted;
  font(ctx, 16);
  ctx.fillText(meta.line, MARGIN, MARGIN + 44);
  let y = headHeight;
  const rowEnds: number[] = [];
  rows.forEach((row, i) => {
    for (const p of row) {
      // Panels of a row share its height, as on the page.
      const panelHeight = row.length > 1 ? rowHeights[i]! : p.height;
      drawPlaced(ctx, p, y, panelHeight, colors);
    }
    y += rowHeights[i]! + GAP;
    rowEnds.push(Math.round((y - GAP / 2) * scale));
  });
  return { canvas, rowEnds };
}

function drawPlaced(
  ctx: Ctx,
  p: { block: Block; x: number; width: number },
  y: number,
  height: number,
  colors: BriefingColors,
) {
  // The panel's frame first (its height is the row's), then its content over it.
  box(ctx, p.x, y, p.width, height, colors);
  p.block.draw(ctx, p.x, y, p.width);
}

/** The picture as a PDF: A4 pages cut between rows of panels. */
export async function briefingPdf(picture: BriefingPicture, title: string): Promise<Blob> {
  const { canvas, rowEnds } = picture;
  const pageHeight = Math.floor(canvas.width * (841.89 / 595.28));
  const cuts = pageCuts(canvas.height, pageHeight, rowEnds);
  const images: PdfImage[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const slice = document.createElement('canvas');
    slice.width = canvas.width;
    slice.height = cuts[i + 1]! - cuts[i]!;
    const ctx = slice.getContext('2d')!;
    ctx.drawImage(canvas, 0, cuts[i]!, canvas.width, slice.height, 0, 0, canvas.width, slice.height);
    const jpeg = new Uint8Array(await (await canvasBlob(slice, 'image/jpeg', 0.9)).arrayBuffer());
    images.push({ jpeg, width: slice.width, height: slice.height });
  }
  return new Blob([pdfOfImages(images, title) as BlobPart], { type: 'application/pdf' });
}
