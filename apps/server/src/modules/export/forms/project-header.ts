import type { DataSource, EntityManager } from 'typeorm';
import { FUND_FAMILY_LABELS, PROJECT_KIND_LABELS, type FundFamily, type ProjectKind } from '@jixiao/schema/enums';
import type { FormSheet } from './form-layout.js';

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** What the head of every project form shows: the project, its unit and its money. */
export interface ProjectHeader {
  id: number;
  regionId: number;
  year: number;
  code: string;
  name: string;
  /** The budget in 万元, exact (SQL's budget / 10000). */
  budgetWan: string;
  kind: ProjectKind;
  fundFamily: FundFamily;
  isKey: boolean;
  inAnnualBudget: boolean;
  unitCode: string;
  unitName: string;
}

/** The headers of projects by id (the caller has already checked they are in the viewer's scope). */
export async function projectHeaders(db: Queryable, ids: number[]): Promise<ProjectHeader[]> {
  const rows = (await db.query(
    `SELECT p.id, p.region_id, p.year, p.code, p.name, trim_scale(p.budget / 10000)::text AS budget_wan, p.kind,
            p.fund_family, p.is_key, p.in_annual_budget, u.code AS unit_code, u.name AS unit_name
       FROM project p JOIN unit u ON u.id = p.unit_id
      WHERE p.id = ANY($1) ORDER BY u.code, p.code, p.id`,
    [ids],
  )) as Record<string, any>[];
  return rows.map((r) => ({
    id: r.id,
    regionId: r.region_id,
    year: r.year,
    code: r.code,
    name: r.name,
    budgetWan: r.budget_wan,
    kind: r.kind,
    fundFamily: r.fund_family,
    isKey: r.is_key,
    inAnnualBudget: r.in_annual_budget,
    unitCode: r.unit_code,
    unitName: r.unit_name,
  }));
}

/** The project block every form opens with (项目名称, 编码, 主管部门, 资金类别, 项目属性). */
export function writeProjectBlock(form: FormSheet, h: ProjectHeader): void {
  form.pairRow(['项目名称', h.name]);
  form.pairRow(['项目编码', h.code], ['资金类别', FUND_FAMILY_LABELS[h.fundFamily]?.zh ?? h.fundFamily]);
  form.pairRow(['主管部门', `${h.unitName}（${h.unitCode}）`], ['实施单位', h.unitName]);
  form.pairRow(
    ['项目属性', PROJECT_KIND_LABELS[h.kind]?.zh ?? h.kind],
    ['预算安排', `${h.inAnnualBudget ? '年初预算' : '年中追加'}${h.isKey ? '，重点项目' : ''}`],
  );
}

/** The lines above the grid: the form's name, its year, the unit that fills it and the money unit. */
export function writeFormHead(form: FormSheet, title: string, period: string, h: ProjectHeader): void {
  form.title(title);
  form.plainLine([{ value: period, span: form.columns, align: 'center' }]);
  const left = Math.ceil(form.columns / 2);
  form.plainLine([
    { value: `填报单位（盖章）：${h.unitName}`, span: left },
    { value: '金额单位：万元', span: form.columns - left, align: 'right' },
  ]);
}

/** The signature lines of a project form. */
export function writeSignature(form: FormSheet, date: string | null): void {
  form.signature([
    ['单位负责人（签字）：', '填报人：', '联系电话：'],
    [`填报日期：${date ?? '      年    月    日'}`, '财政部门审核意见：', '审核人：'],
  ]);
}
