// A PDF of pictures: each page one JPEG, drawn over the whole page. The briefing paper (汇报材料) is
// composed on a canvas (its Chinese text drawn there, in the reader's own fonts), so the PDF needs no font
// embedding and no library: the format for one image per page is short (ISO 32000-1 §7.5, §8.9.5).

export interface PdfImage {
  /** A baseline JPEG's bytes (canvas.toBlob('image/jpeg')), kept as they are (DCTDecode). */
  jpeg: Uint8Array;
  /** The image's size in pixels. */
  width: number;
  height: number;
}

/** A4 portrait in points; an image is fitted to the page's width and set at the top. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** One page per image, each page as wide as A4 and as tall as its image needs (at most A4's height). */
export function pdfOfImages(images: readonly PdfImage[], title = ''): Uint8Array {
  if (images.length === 0) throw new Error('a PDF needs at least one page');
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string | (string | Uint8Array)[]) => {
    offsets[id] = length;
    push(`${id} 0 obj\n`);
    for (const piece of typeof body === 'string' ? [body] : body) push(piece);
    push('\nendobj\n');
  };

  // Objects: 1 catalog, 2 page tree, 3 info; per page: page, content stream, image.
  const pageIds = images.map((_, i) => 4 + i * 3);
  push('%PDF-1.4\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`);
  object(3, `<< /Title ${pdfText(title)} /Producer (Jixiao) >>`);
  images.forEach((image, i) => {
    const [page, content, picture] = [pageIds[i]!, pageIds[i]! + 1, pageIds[i]! + 2];
    const width = A4.width;
    const height = Math.min(A4.height, (image.height / image.width) * width);
    const draw = `q ${num(width)} 0 0 ${num(height)} 0 0 cm /Im0 Do Q`;
    object(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(width)} ${num(height)}] ` +
        `/Resources << /XObject << /Im0 ${picture} 0 R >> >> /Contents ${content} 0 R >>`,
    );
    object(content, [`<< /Length ${draw.length} >>\nstream\n`, draw, '\nendstream']);
    object(picture, [
      `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
        `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`,
      image.jpeg,
      '\nendstream',
    ]);
  });
  const count = 4 + images.length * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function num(n: number): string {
  return Number(n.toFixed(2)).toString();
}

/** A text string in UTF-16BE with its byte-order mark, as hex: any language, no escaping. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Where to cut a tall picture into pages: at the row boundaries given (so no panel is cut in two), each page
 * at most `pageHeight` tall; a row taller than a page is cut where it must.
 */
export function pageCuts(total: number, pageHeight: number, boundaries: readonly number[]): number[] {
  const sorted = [...new Set(boundaries)].filter((b) => b > 0 && b < total).sort((a, b) => a - b);
  const cuts = [0];
  let start = 0;
  while (total - start > pageHeight) {
    const fits = sorted.filter((b) => b > start && b - start <= pageHeight);
    const next = fits.length ? fits[fits.length - 1]! : start + pageHeight;
    cuts.push(next);
    start = next;
  }
  cuts.push(total);
  return cuts;
}
