import { cellText, columnLetter, normalizeHeading, type Cell, type FieldSpec } from './fields.js';

export interface Heading {
  /** 0-based column index. */
  index: number;
  column: string;
  heading: string;
  /** The field it maps to; null: not recognised (an unknown heading) or deliberately ignored. */
  field: string | null;
}

export interface HeaderAnalysis {
  line: number;
  headings: Heading[];
  /** Headings neither recognised nor mapped by the caller. */
  unknown: string[];
  /** Required fields no column maps to. */
  missing: string[];
}

/** Where a field's heading is matched: the caller's mapping first, then the headings the systems print. */
function fieldOf(heading: string, fields: FieldSpec[], mapping: Map<string, string>): string | null | undefined {
  const n = normalizeHeading(heading);
  if (mapping.has(n)) return mapping.get(n) || null; // '' in the mapping: ignore the column
  for (const f of fields) if (f.headings.some((h) => normalizeHeading(h) === n)) return f.field;
  return undefined;
}

export function analyseHeader(
  line: number,
  cells: Cell[],
  fields: FieldSpec[],
  mapping: Map<string, string>,
): HeaderAnalysis {
  const headings: Heading[] = [];
  const unknown: string[] = [];
  const taken = new Set<string>();
  cells.forEach((c, index) => {
    const heading = cellText(c);
    if (heading === null) return;
    let field = fieldOf(heading, fields, mapping);
    if (field === undefined) unknown.push(heading);
    // Two columns naming the same field: the first one is read.
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    headings.push({ index, column: columnLetter(index + 1), heading, field: field ?? null });
  });
  const missing = fields.filter((f) => f.required && !taken.has(f.field)).map((f) => f.field);
  return { line, headings, unknown, missing };
}

/**
 * The header row: the first of the leading rows in which at least two headings are recognised (budget-system
 * exports often open with a title row); else the first non-empty row.
 */
export function findHeader(
  rows: { line: number; cells: Cell[] }[],
  fields: FieldSpec[],
  mapping: Map<string, string>,
): HeaderAnalysis | null {
  let first: HeaderAnalysis | null = null;
  for (const r of rows) {
    const a = analyseHeader(r.line, r.cells, fields, mapping);
    if (a.headings.length === 0) continue;
    first ??= a;
    if (a.headings.filter((h) => h.field).length >= 2) return a;
  }
  return first;
}

/** The caller's mapping, heading → field, keyed by the normalized heading. */
export function mappingOf(pairs: { heading: string; field: string }[]): Map<string, string> {
  return new Map(pairs.map((p) => [normalizeHeading(p.heading), p.field]));
}
