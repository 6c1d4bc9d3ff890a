import { describe, expect, it } from 'vitest';
import { A4, pageCuts, pdfOfImages } from './pdf';

const fakeJpeg = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256);

describe('the briefing paper’s PDF', () => {
  it('writes one page per picture, with a cross-reference table that points at every object', () => {
    const pdf = pdfOfImages(
      [
        { jpeg: fakeJpeg(300), width: 1000, height: 2000 },
        { jpeg: fakeJpeg(200), width: 1000, height: 500 },
      ],
      '尉犁县 2023 年度汇报材料',
    );
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('/Count 2');
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(2);
    // The pictures are kept byte for byte.
    expect(text).toContain('/Length 300');
    // A short picture makes a short page; a tall one a full A4 page.
    expect(text).toContain(`/MediaBox [0 0 ${A4.width} ${A4.height}]`);
    expect(text).toContain(`/MediaBox [0 0 ${A4.width} 297.64]`);
    // startxref gives the table; each entry the offset of its object.
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const entries = text
      .slice(xref)
      .split('\n')
      .slice(3, 3 + 9);
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    // The title is UTF-16 hex, so Chinese survives.
    expect(text).toContain('/Title <FEFF5C09728153BF');
  });

  it('refuses an empty document', () => {
    expect(() => pdfOfImages([])).toThrow();
  });

  it('cuts a tall picture between panels, never through one unless it is taller than a page', () => {
    expect(pageCuts(900, 1000, [300, 600])).toEqual([0, 900]);
    expect(pageCuts(2500, 1000, [400, 900, 1300, 2100])).toEqual([0, 900, 1300, 2100, 2500]);
    expect(pageCuts(2500, 1000, [])).toEqual([0, 1000, 2000, 2500]);
  });
});
