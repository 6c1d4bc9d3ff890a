import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { fundSectionOwnsProject, projectRows } from '../auth/index.js';
import type { AnalyticsService } from '../analytics/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

/**
 * The performance section's confirmation of a fund family's targets or monitoring report waits for the fund-owning
 * section's review (审核上报), when a fund section of the county owns the project's family: else a named error.
 */
export async function checkFundReviewed(
  m: EntityManager,
  subject: 'TARGETS' | 'MONITORING_REPORT' | 'SELF_EVALUATION',
  id: number,
  field: string,
): Promise<void> {
  const sql =
    subject === 'SELF_EVALUATION'
      ? `SELECT e.fund_reviewed_on AS stamp, p.fund_family, fsn.name AS section
           FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
           JOIN section fsn ON fsn.region_id = p.region_id AND fsn.kind = 'FUND' AND fsn.owned_fund_family = p.fund_family
          WHERE e.id = $1 AND ${fundSectionOwnsProject()} LIMIT 1`
      : subject === 'TARGETS'
        ? `SELECT p.targets_fund_reviewed_on AS stamp, p.fund_family, fsn.name AS section
           FROM project p JOIN unit u ON u.id = p.unit_id
           JOIN section fsn ON fsn.region_id = p.region_id AND fsn.kind = 'FUND' AND fsn.owned_fund_family = p.fund_family
          WHERE p.id = $1 AND ${fundSectionOwnsProject()} LIMIT 1`
        : `SELECT r.fund_reviewed_on AS stamp, p.fund_family, fsn.name AS section
           FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
           JOIN section fsn ON fsn.region_id = p.region_id AND fsn.kind = 'FUND' AND fsn.owned_fund_family = p.fund_family
          WHERE r.id = $1 AND ${fundSectionOwnsProject()} LIMIT 1`;
  const [row] = await m.query(sql, [id]);
  if (row && row.stamp === null) {
    const what = {
      TARGETS: { zh: '绩效目标', en: 'targets' },
      MONITORING_REPORT: { zh: '监控报告', en: 'monitoring report' },
      SELF_EVALUATION: { zh: '单位自评', en: 'self-evaluation' },
    }[subject];
    throw new AppError(
      'INVALID_TRANSITION',
      `该项目的资金类别由${row.section}主管：${what.zh}须经${row.section}审核上报后，绩效科方可确认`,
      `This project's fund family is managed by ${row.section}: its ${what.en} must be reviewed and passed upward by that section before the performance section confirms it`,
      { field, reason: 'FUND_REVIEW_REQUIRED', section: row.section },
    );
  }
}

/**
 * The fund-owning sections' duties (issue 13 §3): they review and pass upward (审核上报) their family's targets and
 * monitoring reports after the business section's first review, or return them to the unit; and they send the
 * family's summary of the year (各资金类别绩效总结, 20 November). A section acts only on the projects of its
 * family (its scope: `projectRows` for FUND_SECTION); anyone else's are not found.
 */
export class FundReviewService {
  constructor(
    private readonly wf: Workflow,
    private readonly analytics: AnalyticsService,
  ) {}

  private async record(
    m: EntityManager,
    act: Act,
    input: { projectId: number; reportId: number | null; evaluationId?: number; approve: boolean; comment: string },
  ) {
    await m.query(
      `INSERT INTO fund_review (subject, project_id, report_id, evaluation_id, section_id, outcome, comment, reviewer_user_id, reviewed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        input.evaluationId ? 'SELF_EVALUATION' : input.reportId === null ? 'TARGETS' : 'MONITORING_REPORT',
        input.projectId,
        input.reportId,
        input.evaluationId ?? null,
        act.viewer.sectionId,
        input.approve ? 'APPROVED' : 'RETURNED',
        input.comment.trim(),
        act.viewer.userId,
        today(),
      ],
    );
  }

  private checkOpen(stamp: string | null, approve: boolean, what: string, en: string) {
    if (stamp !== null && approve) {
      throw new AppError(
        'INVALID_TRANSITION',
        `${what}已于 ${stamp} 审核上报，等待绩效科确认`,
        `The ${en} were already passed upward on ${stamp}; they wait for the performance section`,
        { field: 'approve' },
      );
    }
  }

  async reviewTargets(act: Act, projectId: number, approve: boolean, comment: string, version: number) {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{ id: number; target_status: string; stamp: string | null; version: number }>(
        m,
        act,
        projectId,
        'p.id, p.target_status, p.targets_fund_reviewed_on::text AS stamp',
      );
      checkVersion('项目', p.version, version);
      checkState('绩效目标', p.target_status, ['FIRST_REVIEWED'], approve ? '审核上报' : '退回修改');
      this.checkOpen(p.stamp, approve, '绩效目标', 'targets');
      if (!approve && !comment.trim()) throw badInput('comment', '退回须写明意见', 'say what to revise');
      const to = approve ? 'FIRST_REVIEWED' : 'RETURNED';
      await m.query(
        `UPDATE project SET target_status = $2, targets_fund_reviewed_on = $3, version = version + 1 WHERE id = $1`,
        [p.id, to, approve ? today() : null],
      );
      await this.record(m, act, { projectId: p.id, reportId: null, approve, comment });
      await this.wf.record(
        m,
        act,
        approve ? 'FUND_REVIEW' : 'RETURN',
        'ProjectTargets',
        p.id,
        { status: p.target_status, fundReviewedOn: p.stamp },
        { status: to, fundReviewedOn: approve ? today() : null, comment },
      );
      return p.id;
    });
  }

  async reviewReport(act: Act, reportId: number, approve: boolean, comment: string, version: number) {
    return this.wf.run(async (m) => {
      const r = await this.wf.lock<{
        id: number;
        project_id: number;
        status: string;
        stamp: string | null;
        version: number;
      }>(
        m,
        '监控报告',
        reportId,
        (p) => `SELECT r.id, r.project_id, r.status, r.fund_reviewed_on::text AS stamp, r.version
                  FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
                 WHERE r.id = $1 AND ${projectRows(act.viewer, p)}`,
        'r',
      );
      checkVersion('监控报告', r.version, version);
      checkState('监控报告', r.status, ['REVIEWED'], approve ? '审核上报' : '退回');
      this.checkOpen(r.stamp, approve, '监控报告', 'report');
      if (!approve && !comment.trim()) throw badInput('comment', '退回须说明原因', 'say why the report is returned');
      const to = approve ? 'REVIEWED' : 'DRAFT';
      if (approve) {
        await m.query(`UPDATE monitoring_report SET fund_reviewed_on = $2, version = version + 1 WHERE id = $1`, [
          r.id,
          today(),
        ]);
      } else {
        await m.query(
          `UPDATE monitoring_report SET status = 'DRAFT', fund_reviewed_on = NULL, review_comment = $2, version = version + 1
            WHERE id = $1`,
          [r.id, comment.trim()],
        );
      }
      await this.record(m, act, { projectId: r.project_id, reportId: r.id, approve, comment });
      await this.wf.record(
        m,
        act,
        approve ? 'FUND_REVIEW' : 'RETURN',
        'MonitoringReport',
        r.id,
        { status: r.status, fundReviewedOn: r.stamp },
        { status: to, fundReviewedOn: approve ? today() : null, comment },
      );
      return r.id;
    });
  }

  /**
   * A unit's self-evaluation of a project of the family, submitted and not yet confirmed by the performance section:
   * passed upward, or returned to the unit (a draft again; its values are kept as a version when it submits anew).
   */
  async reviewSelfEvaluation(act: Act, evaluationId: number, approve: boolean, comment: string, version: number) {
    return this.wf.run(async (m) => {
      const e = await this.wf.lock<{
        id: number;
        project_id: number;
        status: string;
        stamp: string | null;
        confirmed: string | null;
        published: string | null;
        version: number;
      }>(
        m,
        '单位自评',
        evaluationId,
        (
          p,
        ) => `SELECT e.id, e.project_id, e.status, e.fund_reviewed_on::text AS stamp, e.confirmed_on::text AS confirmed,
                       e.published_on::text AS published, e.version
                  FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
                 WHERE e.id = $1 AND e.kind = 'SELF' AND ${projectRows(act.viewer, p)}`,
        'e',
      );
      checkVersion('单位自评', e.version, version);
      checkState('单位自评', e.status, ['FINAL'], approve ? '审核上报' : '退回');
      if (e.confirmed !== null || e.published !== null) {
        throw new AppError(
          'INVALID_TRANSITION',
          `该自评已由绩效科确认（${e.confirmed ?? e.published}），不能再审核或退回`,
          `The performance section already confirmed this self-evaluation (${e.confirmed ?? e.published}); it can no longer be reviewed or returned`,
          { field: 'id' },
        );
      }
      this.checkOpen(e.stamp, approve, '单位自评', 'self-evaluation');
      if (!approve && !comment.trim()) throw badInput('comment', '退回须说明原因', 'say why it is returned');
      const to = approve ? 'FINAL' : 'DRAFT';
      await m.query(`UPDATE evaluation SET status = $2, fund_reviewed_on = $3, version = version + 1 WHERE id = $1`, [
        e.id,
        to,
        approve ? today() : null,
      ]);
      await this.record(m, act, { projectId: e.project_id, reportId: null, evaluationId: e.id, approve, comment });
      await this.wf.record(
        m,
        act,
        approve ? 'FUND_REVIEW' : 'RETURN',
        'Evaluation',
        e.id,
        { status: e.status, fundReviewedOn: e.stamp },
        { status: to, fundReviewedOn: approve ? today() : null, comment },
      );
      return e.id;
    });
  }

  /**
   * Sends (or sends again) the family's summary of the year: the analytics contract's figures within the section's
   * portfolio (its family in its county) as they stand now, and its text.
   */
  async sendSummary(act: Act, year: number, text: string, version: number | null): Promise<number> {
    const v = act.viewer;
    if (!text.trim()) throw badInput('text', '总结正文不能为空', 'must not be empty');
    if (text.length > 20000) throw badInput('text', '总结正文最多20000字', 'at most 20,000 characters');
    const [cp] = await this.wf.db.query(
      `SELECT max(month)::int AS month FROM monitoring_checkpoint
        WHERE region_id = $1 AND year = $2 AND scope = 'PROJECT' AND status <> 'PLANNED'`,
      [v.regionId, year],
    );
    const month: number | null = cp?.month ?? null;
    const figures = {
      checkpointMonth: month,
      targets: await this.analytics.targetSummary(v, year),
      execution: month === null ? null : ((await this.analytics.executionSummary(v, year, month, 'TOTAL'))[0] ?? null),
      flags: month === null ? null : await this.analytics.flagSummary(v, year, month),
      gradesYear: year - 1,
      grades: await this.analytics.gradeDistribution(v, year - 1, 'SELF'),
    };
    return this.wf.run(async (m) => {
      const [existing] = await m.query(
        `SELECT id, version, text, figures, sent_on::text AS sent_on FROM fund_family_summary
          WHERE region_id = $1 AND year = $2 AND fund_family = $3 FOR UPDATE`,
        [v.regionId, year, v.ownedFundFamily],
      );
      if (existing) {
        checkVersion('资金类别绩效总结', existing.version, version ?? -1);
        await m.query(
          `UPDATE fund_family_summary SET figures = $2, text = $3, sent_on = $4, sent_by_user_id = $5, section_id = $6,
                  version = version + 1 WHERE id = $1`,
          [existing.id, JSON.stringify(figures), text.trim(), today(), v.userId, v.sectionId],
        );
        await this.wf.record(
          m,
          act,
          'SEND',
          'FundFamilySummary',
          existing.id,
          { text: existing.text, figures: existing.figures, sentOn: existing.sent_on },
          { text: text.trim(), figures },
        );
        return existing.id as number;
      }
      const [row] = await m.query(
        `INSERT INTO fund_family_summary (region_id, year, fund_family, section_id, figures, text, sent_on, sent_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [v.regionId, year, v.ownedFundFamily, v.sectionId, JSON.stringify(figures), text.trim(), today(), v.userId],
      );
      await this.wf.record(m, act, 'SEND', 'FundFamilySummary', row.id, null, { year, text: text.trim(), figures });
      return row.id as number;
    });
  }
}
