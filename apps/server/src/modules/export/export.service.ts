import type { DataSource } from 'typeorm';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import { projectRows, sqlParams, unitRows } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';
import type { RuleSetService } from '../rule-set/index.js';
import { newWorkbook, workbookBuffer } from './forms/form-layout.js';
import { PROJECT_FORMS, UNIT_FORMS } from './forms/forms.js';
import type { FormContext, ProjectForm } from './forms/project-form.js';
import { projectHeaders } from './forms/project-header.js';
import { unitHeaders, type UnitForm } from './forms/unit-form.js';
import type { ZipWriter } from './zip-writer.js';

export interface ExportFile {
  fileName: string;
  /** An ASCII name for clients that do not read RFC 5987 names. */
  asciiName: string;
  content: Buffer;
}

/** More projects than this in one zip is a province's year: export it county by county, unit by unit. */
export const MAX_ZIP_PROJECTS = 5000;

const ascii = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_');

/** The Ministry forms as .xlsx: one project's, or every form of a unit's or a county's year as a zip. */
export class ExportService {
  constructor(
    private readonly db: DataSource,
    private readonly ruleSets: RuleSetService,
  ) {}

  /** The form of a project in the viewer's scope; null when out of scope, unknown, or without that data. */
  async projectForm(v: Viewer, projectId: number, form: ProjectForm, variant: string): Promise<ExportFile | null> {
    const p = sqlParams([projectId]);
    const [found] = await this.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.id = $1 AND ${projectRows(v, p)}`,
      p.values,
    );
    if (!found) return null;
    const [header] = await projectHeaders(this.db, [projectId]);
    const wb = newWorkbook();
    if (!(await form.write(this.context(), wb, header!, variant))) return null;
    const name = form.fileName(header!, variant);
    return {
      fileName: `${name}.xlsx`,
      asciiName: `${ascii(header!.code)}-${form.key}${variant ? `-${variant}` : ''}.xlsx`,
      content: await workbookBuffer(wb),
    };
  }

  /** A unit-wide form of a unit's year, when the viewer may see its rows; null otherwise. */
  async unitFormFile(v: Viewer, unitId: number, year: number, form: UnitForm): Promise<ExportFile | null> {
    if (!(await form.available(this.db, v, [unitId], year)).has(unitId)) return null;
    const [unit] = await unitHeaders(this.db, [unitId]);
    const wb = newWorkbook();
    if (!unit || !(await form.write(this.context(), wb, unit, year))) return null;
    return {
      fileName: `${form.fileName(unit, year)}.xlsx`,
      asciiName: `${ascii(unit.code)}-${year}-${form.key}.xlsx`,
      content: await workbookBuffer(wb),
    };
  }

  /** Ids of the units the viewer sees row by row. */
  async unitIds(v: Viewer): Promise<number[]> {
    const p = sqlParams();
    const rows = await this.db.query(`SELECT u.id FROM unit u WHERE ${unitRows(v, p)} ORDER BY u.code`, p.values);
    return rows.map((r: { id: number }) => r.id);
  }

  /** A unit visible to the viewer, or null. */
  async unit(v: Viewer, unitId: number): Promise<{ id: number; code: string; name: string } | null> {
    const p = sqlParams([unitId]);
    const sql = `SELECT u.id, u.code, u.name FROM unit u WHERE u.id = $1 AND ${unitRows(v, p)}`;
    const [u] = await this.db.query(sql, p.values);
    return u ?? null;
  }

  /** Ids of the viewer's projects of a year (of one unit when given), in scope. */
  async projectIds(v: Viewer, year: number, unitId: number | null): Promise<number[]> {
    const p = sqlParams([year]);
    const unit = unitId === null ? '' : ` AND p.unit_id = ${p.push(unitId)}`;
    const rows = await this.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = $1${unit} AND ${projectRows(v, p)} ORDER BY u.code, p.code, p.id`,
      p.values,
    );
    return rows.map((r: { id: number }) => r.id);
  }

  /**
   * Writes into the zip every form of the projects and every unit-wide form of the units' year the viewer
   * may see, one file at a time; with `byUnit` each unit's files go in a folder of their own.
   * Returns the number of files.
   */
  async writeZip(
    zip: ZipWriter,
    v: Viewer,
    what: { projectIds: number[]; unitIds: number[]; year: number; byUnit: boolean },
  ): Promise<number> {
    const ctx = this.context();
    const folder = (code: string, name: string) => (what.byUnit ? `${code}-${name}/` : '');
    const modified = new Date();
    let files = 0;
    const add = async (name: string, wb: ReturnType<typeof newWorkbook>) => {
      await zip.add(name, await workbookBuffer(wb), modified);
      files++;
    };
    const units = await unitHeaders(this.db, what.unitIds);
    for (const form of UNIT_FORMS) {
      const available = await form.available(this.db, v, what.unitIds, what.year);
      for (const u of units.filter((x) => available.has(x.id))) {
        const wb = newWorkbook();
        if (await form.write(ctx, wb, u, what.year))
          await add(`${folder(u.code, u.name)}${form.fileName(u, what.year)}.xlsx`, wb);
      }
    }
    const available = await Promise.all(PROJECT_FORMS.map((f) => f.available(this.db, what.projectIds)));
    // Headers a few hundred at a time: the zip is written as it goes.
    for (let i = 0; i < what.projectIds.length; i += 200) {
      for (const h of await projectHeaders(this.db, what.projectIds.slice(i, i + 200))) {
        for (const [k, form] of PROJECT_FORMS.entries()) {
          for (const variant of available[k]!.get(h.id) ?? []) {
            const wb = newWorkbook();
            if (await form.write(ctx, wb, h, variant))
              await add(`${folder(h.unitCode, h.unitName)}${form.fileName(h, variant)}.xlsx`, wb);
          }
        }
      }
    }
    zip.end();
    return files;
  }

  /** Reads with the rules of each county's year, each read once per export. */
  private context(): FormContext {
    const cache = new Map<string, Promise<RuleSet>>();
    return {
      db: this.db,
      rules: (regionId, year) => {
        const key = `${regionId}:${year}`;
        if (!cache.has(key))
          cache.set(
            key,
            this.ruleSets.forYear(regionId, year).then((r) => r.rules),
          );
        return cache.get(key)!;
      },
    };
  }
}
