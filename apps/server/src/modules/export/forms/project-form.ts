import type ExcelJS from 'exceljs';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import type { ProjectHeader, Queryable } from './project-header.js';

/** What a form reads with: the database, and the rules in force for a county's year (verdicts, weights). */
export interface FormContext {
  db: Queryable;
  rules(regionId: number, year: number): Promise<RuleSet>;
}

/**
 * A Ministry form filled from one project's data. The route and the zips only know this shape, so a new
 * form is one file implementing it plus its line in `forms.ts`.
 */
export interface ProjectForm {
  /** The URL segment: /export/projects/:id/<key>.xlsx, or /export/projects/:id/<key>/<variant>.xlsx. */
  key: string;
  /** The form's name, which also names its file. */
  title: string;
  /** Whether the form has variants (a monitoring table per checkpoint month). */
  variants: boolean;
  /** Which of the projects have this form, with their variants ('' when the form has none), in one query. */
  available(db: Queryable, projectIds: number[]): Promise<Map<number, string[]>>;
  /** Writes the form into the workbook; false when the project has no such form (or no such variant). */
  write(ctx: FormContext, wb: ExcelJS.Workbook, project: ProjectHeader, variant: string): Promise<boolean>;
  /** The file's name without extension, e.g. "XM001-项目支出绩效目标申报表" or "XM001-绩效监控情况表-5月". */
  fileName(project: ProjectHeader, variant: string): string;
}

/** Groups (project id, variant) rows into the map `available` returns. */
export function byProject(rows: { project_id: number; variant: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.project_id, [...(map.get(r.project_id) ?? []), r.variant]);
  return map;
}
