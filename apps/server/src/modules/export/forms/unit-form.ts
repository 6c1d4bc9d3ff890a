import type ExcelJS from 'exceljs';
import type { Viewer } from '../../auth/index.js';
import type { FormContext } from './project-form.js';
import type { Queryable } from './project-header.js';

/** What the head of a unit-wide (部门整体) form shows. */
export interface UnitHeader {
  id: number;
  regionId: number;
  code: string;
  name: string;
  sectionName: string;
}

/**
 * A unit-wide (部门整体) form of a unit's year. Like a project form, one file implementing this plus its
 * line in `forms.ts`; unlike one, it says itself which units of the viewer's it covers (its rows are a
 * unit's evaluations or targets, each with its own row scope in scope.ts).
 */
export interface UnitForm {
  /** The URL segment: /export/units/:id/:year/<key>.xlsx. */
  key: string;
  title: string;
  /** Of these units, those that have this form for the year and whose rows the viewer may see, in one query. */
  available(db: Queryable, v: Viewer, unitIds: number[], year: number): Promise<Set<number>>;
  write(ctx: FormContext, wb: ExcelJS.Workbook, unit: UnitHeader, year: number): Promise<boolean>;
  fileName(unit: UnitHeader, year: number): string;
}

export async function unitHeaders(db: Queryable, ids: number[]): Promise<UnitHeader[]> {
  const rows = (await db.query(
    `SELECT u.id, u.region_id, u.code, u.name, s.name AS section_name
       FROM unit u JOIN section s ON s.id = u.supervising_section_id WHERE u.id = ANY($1) ORDER BY u.code`,
    [ids],
  )) as { id: number; region_id: number; code: string; name: string; section_name: string }[];
  return rows.map((r) => ({
    id: r.id,
    regionId: r.region_id,
    code: r.code,
    name: r.name,
    sectionName: r.section_name,
  }));
}
