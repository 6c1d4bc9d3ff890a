import type { Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { quarterlyReportRows, regionRows, ScopedReader } from '../auth/index.js';
import { quarterlyFigures, type QuarterlyFiguresData } from './quarterly-figures.js';
import { quarterDue } from './quarter.js';
import type { QuarterlyFigures, QuarterlyReport, QuarterlyReportStep } from './quarterly-report.types.js';

const AT = (col: string) => `to_char(${col} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')`;

const COLUMNS = `q.id, q.year, q.quarter, q.status, q.version, r.name AS region_name, tr.name AS to_region_name,
  (SELECT COALESCE(json_agg(json_build_object('kind', ev.kind, 'text', ev.text, 'figures', ev.figures,
            'userName', COALESCE(au.display_name, ''), 'occurredAt', ${AT('ev.occurred_at')}) ORDER BY ev.id), '[]')
     FROM quarterly_report_event ev LEFT JOIN app_user au ON au.id = ev.user_id WHERE ev.report_id = q.id) AS history`;
const FROM = `FROM quarterly_report q JOIN region r ON r.id = q.region_id JOIN region tr ON tr.id = q.to_region_id`;

function mapReport(row: Row): QuarterlyReport {
  const history = row.history as QuarterlyReportStep[];
  const submissions = history.filter((h) => h.kind === 'SUBMITTED');
  const last = submissions[submissions.length - 1]!;
  const lastStep = history[history.length - 1]!;
  return {
    __typename: 'QuarterlyReport',
    id: toGlobalId('QuarterlyReport', row.id),
    dbId: row.id,
    version: row.version,
    regionName: row.region_name,
    toRegionName: row.to_region_name,
    year: row.year,
    quarter: row.quarter,
    status: row.status,
    dueOn: quarterDue(row.year, row.quarter),
    text: last.text,
    figures: last.figures as QuarterlyFigures,
    submittedAt: last.occurredAt,
    returnComment: row.status === 'RETURNED' && lastStep.kind === 'RETURNED' ? lastStep.text : null,
    history,
  } as QuarterlyReport;
}

/** Quarterly reports, seen within the viewer's scope (`quarterlyReportRows`, in the SQL). */
export class QuarterlyReportReader extends ScopedReader {
  async byId(id: number): Promise<QuarterlyReport | null> {
    const [row] = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE q.id = $1 AND ${quarterlyReportRows(this.v, p)}`,
      [id],
    );
    return row ? mapReport(row) : null;
  }

  /** The reports of one county (the upper level's picker) or of all the viewer's counties, newest quarter first. */
  async list(regionId: number | null, year: number | null): Promise<QuarterlyReport[]> {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM}
               WHERE ($1::int IS NULL OR q.region_id = $1) AND ($2::int IS NULL OR q.year = $2)
                 AND ${quarterlyReportRows(this.v, p)}
               ORDER BY q.year DESC, q.quarter DESC, r.path`,
      [regionId, year],
    );
    return rows.map(mapReport);
  }

  /** The counties that report to the viewer's region: the upper level's picker. */
  async reportingRegions(): Promise<{ id: string; name: string }[]> {
    const rows = await this.q(
      (p) =>
        `SELECT r.id, r.name FROM region r WHERE r.parent_id = $1 AND ${regionRows(this.v, p, 'r.id')} ORDER BY r.path`,
      [this.v.regionId],
    );
    return rows.map((r) => ({ id: toGlobalId('Region', r.id), name: r.name }));
  }

  /** A quarter's figures as they stand today (the draft the performance section assembles). */
  assemble(year: number, quarter: number): Promise<QuarterlyFiguresData> {
    return quarterlyFigures(this.db, this.v, year, quarter);
  }
}
