import { AlignmentType, Document, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun } from 'docx';

// The annual report as a Word document in the layout of a government work report (GB/T 9704): the title in
// 小标宋 二号, parts (一、) in 黑体, points (（一）) in 楷体, the text in 仿宋 三号 with a two-character indent and
// fixed 28-point lines. Each paragraph is one run, so its text reads back whole from word/document.xml.

export interface FilledSection {
  level: 0 | 1 | 2;
  title: string;
  body: string;
}

const SIZE_3 = 32; // 三号 (16 pt) in half-points
const INDENT_2_CHARS = 640; // two characters of 16 pt, in twips
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt

/** A line of a body that opens with （一）…（十） is a point of its own, as in the seed report's problems. */
const POINT = /^（[一二三四五六七八九十]+）/;

function heading(level: 1 | 2, text: string): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    indent: { firstLine: INDENT_2_CHARS },
    spacing: LINE,
    children: [
      new TextRun({
        text,
        font: level === 1 ? '黑体' : '楷体_GB2312',
        size: SIZE_3,
        bold: false,
        color: '000000',
      }),
    ],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_2_CHARS },
    spacing: LINE,
    children: [new TextRun({ text, font: '仿宋_GB2312', size: SIZE_3 })],
  });
}

export async function annualReportDocx(sections: FilledSection[], footer: string): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (const s of sections) {
    if (s.level === 0) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { after: 400 },
          children: [new TextRun({ text: s.title, font: '方正小标宋简体', size: 44, color: '000000' })],
        }),
      );
    } else if (s.title.trim()) {
      children.push(heading(s.level, s.title));
    }
    for (const line of s.body.split(/\r?\n/)) {
      if (!line.trim()) continue;
      children.push(POINT.test(line.trim()) ? heading(2, line.trim()) : body(line.trim()));
    }
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 400, ...LINE },
      children: [new TextRun({ text: footer, font: '仿宋_GB2312', size: SIZE_3 })],
    }),
  );
  const doc = new Document({
    creator: 'Jixiao 绩效',
    title: sections[0]?.title ?? '',
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: SIZE_3 } } } },
    sections: [
      {
        // A4 with the margins of official documents: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
