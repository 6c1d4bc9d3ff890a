import {
  EVALUATION_KIND_LABELS,
  FLAG_LEVEL_LABELS,
  FUND_FAMILY_LABELS,
  GRADE_LABELS,
  type FlagLevel,
  type FundFamily,
  type Grade,
} from '@jixiao/schema/enums';
import { yuanFraction, yuanPlain } from '@jixiao/ui/format';
import type { ProjectOrderField, ProjectRowFragment } from '../../generated/graphql';
import type { ExportColumn } from '../../app/export/table-export';
import type { Lang, Translate } from '../../app/i18n/translate';

// What a project table shows and exports, from the rows the API answers. Pure, so it is tested alone.

export type ProjectRow = ProjectRowFragment;
export type Report = ProjectRow['monitoringReports'][number];

/** The report at a checkpoint month, if the unit reported there. */
export function reportAt(project: Pick<ProjectRow, 'monitoringReports'>, month: number): Report | undefined {
  return project.monitoringReports.find((r) => r.checkpoint?.month === month);
}

/** The latest checkpoint report. */
export function latestReport(project: Pick<ProjectRow, 'monitoringReports'>): Report | undefined {
  return [...project.monitoringReports].sort((a, b) => (a.checkpoint?.month ?? 0) - (b.checkpoint?.month ?? 0)).at(-1);
}

/** The open flag that matters most: red before yellow, then the earliest deadline. */
export function openFlag(project: Pick<ProjectRow, 'flags'>): ProjectRow['flags'][number] | undefined {
  return project.flags
    .filter((f) => f.status === 'OPEN')
    .sort((a, b) => (a.level === b.level ? a.deadline.localeCompare(b.deadline) : a.level === 'RED' ? -1 : 1))[0];
}

/** The grade of the unit's self-evaluation (the grade the API's `grade` filter means). */
export function selfGrade(project: Pick<ProjectRow, 'evaluations'>): Grade | null {
  const e = project.evaluations.find((x) => x.kind === 'SELF');
  return (e?.grade as Grade | null | undefined) ?? null;
}

export function familyLabel(family: string, lang: Lang): string {
  return (FUND_FAMILY_LABELS as Record<string, { zh: string; en: string } | undefined>)[family]?.[lang] ?? family;
}

export function gradeLabel(grade: string | null | undefined, lang: Lang): string {
  return grade
    ? ((GRADE_LABELS as Record<string, { zh: string; en: string } | undefined>)[grade]?.[lang] ?? grade)
    : '';
}

export function flagLabel(level: string, lang: Lang): string {
  return (FLAG_LEVEL_LABELS as Record<string, { zh: string; en: string } | undefined>)[level]?.[lang] ?? level;
}

export function kindLabel(kind: string, lang: Lang): string {
  return (EVALUATION_KIND_LABELS as Record<string, { zh: string; en: string } | undefined>)[kind]?.[lang] ?? kind;
}

/** Columns of the CSV and XLSX: exact yuan, rates as fractions (shown as on screen), dates YYYY-MM-DD, codes as the API has them. */
export function projectExportColumns(t: Translate, lang: Lang, months: readonly number[]): ExportColumn<ProjectRow>[] {
  return [
    { header: t('projects.col.code'), value: (p) => p.code, width: 16 },
    { header: t('projects.col.name'), value: (p) => p.name, width: 36 },
    { header: t('projects.col.year'), value: (p) => p.year, type: 'number', width: 8 },
    { header: t('projects.col.unit'), value: (p) => p.unit?.name ?? t('projects.classifiedUnit'), width: 28 },
    { header: t('projects.col.fundFamily'), value: (p) => familyLabel(p.fundFamily, lang), width: 22 },
    { header: t('projects.col.budgetYuan'), value: (p) => yuanPlain(p.budget), type: 'money', width: 16 },
    { header: t('projects.col.targets'), value: (p) => t(`projects.target.${p.targetStatus}` as const), width: 10 },
    ...months.flatMap((m): ExportColumn<ProjectRow>[] => [
      {
        header: t('projects.col.executedAt', { month: m }),
        value: (p) => {
          const r = reportAt(p, m);
          return r ? yuanPlain(r.executed) : null;
        },
        type: 'money',
        width: 16,
      },
      {
        header: t('projects.col.rateAt', { month: m }),
        value: (p) => {
          const r = reportAt(p, m);
          return r ? yuanFraction(r.executed, r.budget) : null;
        },
        type: 'rate',
        width: 10,
      },
    ]),
    {
      header: t('projects.col.flag'),
      value: (p) => {
        const f = openFlag(p);
        return f ? flagLabel(f.level, lang) : '';
      },
      width: 10,
    },
    { header: t('projects.col.deadline'), value: (p) => openFlag(p)?.deadline ?? '', type: 'date', width: 12 },
    {
      header: t('projects.col.daysOverdue'),
      value: (p) => openFlag(p)?.daysOverdue ?? null,
      type: 'count',
      width: 10,
    },
    { header: t('projects.col.grade'), value: (p) => gradeLabel(selfGrade(p), lang), width: 8 },
  ];
}

// The table's own state in the URL: search, order, and the filters the cross-filter does not hold.
export const SORT_FIELDS: readonly ProjectOrderField[] = ['CODE', 'NAME', 'BUDGET', 'YEAR'];

export interface TableState {
  search: string;
  sort: ProjectOrderField;
  direction: 'ASC' | 'DESC';
  unitId: string | null;
  flagLevel: FlagLevel | null;
}

export function parseTableState(params: URLSearchParams): TableState {
  const sort = params.get('sort')?.toUpperCase();
  const flag = params.get('flag');
  const unit = params.get('unit');
  return {
    search: (params.get('q') ?? '').slice(0, 100),
    sort: (SORT_FIELDS as readonly string[]).includes(sort ?? '') ? (sort as ProjectOrderField) : 'CODE',
    direction: params.get('dir') === 'desc' ? 'DESC' : 'ASC',
    unitId: unit && /^[A-Za-z0-9_.-]{1,80}$/.test(unit) ? unit : null,
    flagLevel: flag === 'YELLOW' || flag === 'RED' ? flag : null,
  };
}

/** The URL parameters of a table state; defaults are left out, so addresses stay short. */
export function tableStateParams(state: TableState): Record<string, string | null> {
  return {
    q: state.search || null,
    sort: state.sort === 'CODE' ? null : state.sort.toLowerCase(),
    dir: state.direction === 'DESC' ? 'desc' : null,
    unit: state.unitId,
    flag: state.flagLevel,
  };
}

/** Clicking the sorted column flips its direction; another column sorts ascending, money descending. */
export function nextSort(
  state: Pick<TableState, 'sort' | 'direction'>,
  field: ProjectOrderField,
): Pick<TableState, 'sort' | 'direction'> {
  if (state.sort === field) return { sort: field, direction: state.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { sort: field, direction: field === 'BUDGET' ? 'DESC' : 'ASC' };
}

export function isFundFamily(value: string): value is FundFamily {
  return value in FUND_FAMILY_LABELS;
}
