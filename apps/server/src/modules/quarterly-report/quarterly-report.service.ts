import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { regionRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { checkQuarter, quarterPeriod } from './quarter.js';
import { quarterlyFigures } from './quarterly-figures.js';
import type { QuarterlyReportStatus } from './quarterly-report.entity.js';

const ENTITY = '季度工作情况报告';

function cleanText(field: string, text: string, max: number, zh: string, en: string): string {
  const t = text.trim();
  if (!t) throw badInput(field, `须填写${zh}`, `give the ${en}`);
  if (t.length > max) throw badInput(field, `${zh}不能超过 ${max} 字`, `the ${en} may not exceed ${max} characters`);
  return t;
}

interface Locked {
  id: number;
  region_id: number;
  to_region_id: number;
  year: number;
  quarter: number;
  status: QuarterlyReportStatus;
  version: number;
}

/**
 * The quarterly report upward (季度工作情况上报): the performance section assembles a quarter's figures from the
 * contract queries, adds its text and submits it to the region above; the upper level receives it or returns
 * it with comments, and the county revises and submits again. Every step is an event kept for good.
 */
export class QuarterlyReportService {
  constructor(private readonly wf: Workflow) {}

  /** Submits (or, after a return, resubmits) the county's report of a quarter; `version` is required to resubmit. */
  async submit(act: Act, year: number, quarter: number, text: string, version: number | null): Promise<number> {
    checkQuarter(year, quarter);
    const body = cleanText('text', text, 10000, '报告正文', 'report text');
    if (quarterPeriod(year, quarter).to >= today())
      throw badInput('quarter', '该季度尚未结束，不能上报', 'the quarter has not ended yet');
    return this.wf.run(async (m) => {
      const [region] = await m.query(`SELECT id, parent_id FROM region WHERE id = $1`, [act.viewer.regionId]);
      if (!region?.parent_id)
        throw badInput('quarter', '本地区没有上级财政部门可上报', 'this region has no upper level to report to');
      const [existing] = (await m.query(
        `SELECT id, region_id, to_region_id, year, quarter, status, version FROM quarterly_report
          WHERE region_id = $1 AND year = $2 AND quarter = $3 FOR UPDATE`,
        [region.id, year, quarter],
      )) as Locked[];
      let id: number;
      if (existing) {
        if (version == null)
          throw badInput('version', '重新上报须回传读取时的版本号', 'give the version you read to resubmit');
        checkVersion(ENTITY, existing.version, version);
        checkState(ENTITY, existing.status, ['RETURNED'], '重新上报');
        await m.query(`UPDATE quarterly_report SET status = 'SUBMITTED', version = version + 1 WHERE id = $1`, [
          existing.id,
        ]);
        id = existing.id;
      } else {
        const [row] = await m.query(
          `INSERT INTO quarterly_report (region_id, to_region_id, year, quarter, status) VALUES ($1, $2, $3, $4, 'SUBMITTED')
           ON CONFLICT (region_id, year, quarter) DO NOTHING RETURNING id`,
          [region.id, region.parent_id, year, quarter],
        );
        if (!row)
          throw new AppError(
            'CONFLICT',
            `${ENTITY}已由他人同时上报，请刷新后重试`,
            `${ENTITY} was just submitted by someone else: reload and try again`,
            { field: 'quarter' },
          );
        id = row.id;
      }
      const figures = await quarterlyFigures(m, act.viewer, year, quarter);
      await this.event(m, act, id, 'SUBMITTED', body, figures);
      await this.wf.record(m, act, existing ? 'RESUBMIT' : 'SUBMIT', 'QuarterlyReport', id, existing ?? null, {
        status: 'SUBMITTED',
        year,
        quarter,
        text: body,
        figures,
      });
      return id;
    });
  }

  /** The upper level returns a submitted report with its comments. */
  async returnReport(act: Act, id: number, comment: string, version: number): Promise<number> {
    const body = cleanText('comment', comment, 2000, '退回意见', 'comment');
    return this.wf.run(async (m) => {
      const before = await this.lockReceived(m, act, id);
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SUBMITTED'], '退回');
      await m.query(`UPDATE quarterly_report SET status = 'RETURNED', version = version + 1 WHERE id = $1`, [id]);
      await this.event(m, act, id, 'RETURNED', body, null);
      await this.wf.record(m, act, 'RETURN', 'QuarterlyReport', id, before, { status: 'RETURNED', comment: body });
      return id;
    });
  }

  /** The upper level marks a submitted report received (收阅), with an optional note. */
  async accept(act: Act, id: number, note: string, version: number): Promise<number> {
    const body = note.trim();
    if (body.length > 2000) throw badInput('note', '说明不能超过 2000 字', 'the note may not exceed 2000 characters');
    return this.wf.run(async (m) => {
      const before = await this.lockReceived(m, act, id);
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SUBMITTED'], '收阅');
      await m.query(`UPDATE quarterly_report SET status = 'ACCEPTED', version = version + 1 WHERE id = $1`, [id]);
      await this.event(m, act, id, 'ACCEPTED', body, null);
      await this.wf.record(m, act, 'ACCEPT', 'QuarterlyReport', id, before, { status: 'ACCEPTED', note: body });
      return id;
    });
  }

  /** A report sent to the viewer's own region, from a county within its scope (else not found). */
  private lockReceived(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<Locked>(
      m,
      ENTITY,
      id,
      (p) => `SELECT q.id, q.region_id, q.to_region_id, q.year, q.quarter, q.status, q.version FROM quarterly_report q
               WHERE q.id = $1 AND q.to_region_id = ${p.push(act.viewer.regionId)} AND ${regionRows(act.viewer, p, 'q.region_id')}`,
      'q',
    );
  }

  private async event(m: EntityManager, act: Act, reportId: number, kind: string, text: string, figures: unknown) {
    await m.query(
      `INSERT INTO quarterly_report_event (report_id, kind, text, figures, user_id) VALUES ($1, $2, $3, $4, $5)`,
      [reportId, kind, text, figures === null ? null : JSON.stringify(figures), act.viewer.userId],
    );
  }
}
