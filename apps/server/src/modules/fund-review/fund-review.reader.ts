import { groupBy, type Row } from '../../graphql/batch.js';
import { fundSectionOwnsProject, fundSummaryRows, projectRows, ScopedReader } from '../auth/index.js';
import type { FundFamilySummary, FundReview } from './fund-review.types.js';

const mapReview = (r: Row): FundReview => ({
  projectId: r.project_id,
  reportId: r.report_id,
  evaluationId: r.evaluation_id,
  subject: r.subject,
  checkpointMonth: r.month,
  approved: r.outcome === 'APPROVED',
  comment: r.comment,
  sectionName: r.section_name,
  reviewerName: r.reviewer_name,
  reviewedOn: r.reviewed_on,
});

const REVIEW_SQL = `SELECT fr.project_id, fr.report_id, fr.evaluation_id, fr.subject, fr.outcome, fr.comment, fr.reviewed_on::text AS reviewed_on,
         s.name AS section_name, usr.display_name AS reviewer_name, c.month
    FROM fund_review fr JOIN project p ON p.id = fr.project_id JOIN unit u ON u.id = p.unit_id
    JOIN section s ON s.id = fr.section_id LEFT JOIN app_user usr ON usr.id = fr.reviewer_user_id
    LEFT JOIN monitoring_report r ON r.id = fr.report_id LEFT JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id`;

/** Fund-section reviews and summaries, seen by whoever may see their project (or, for a summary, its family). */
export class FundReviewReader extends ScopedReader {
  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `${REVIEW_SQL} WHERE fr.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY fr.reviewed_at DESC, fr.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapReview);
  }

  async ofReports(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `${REVIEW_SQL} WHERE fr.report_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY fr.reviewed_at DESC, fr.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'report_id', mapReview);
  }

  async ofEvaluations(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `${REVIEW_SQL} WHERE fr.evaluation_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY fr.reviewed_at DESC, fr.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'evaluation_id', mapReview);
  }

  /** Per project: whether its family's fund section reviews it, and the targets' current stamp. */
  async stateOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT p.id, ${fundSectionOwnsProject()} AS required, p.targets_fund_reviewed_on::text AS stamp
                FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(
      rows.map((r) => [r.id as number, { required: !!r.required, reviewedOn: r.stamp as string | null }]),
    );
    return ids.map((id) => by.get(id) ?? { required: false, reviewedOn: null });
  }

  /** Per monitoring report: its current stamp. */
  async stampOfReports(ids: readonly number[]) {
    const rows = await this.q(
      (
        p,
      ) => `SELECT r.id, r.fund_reviewed_on::text AS stamp FROM monitoring_report r JOIN project p ON p.id = r.project_id
                JOIN unit u ON u.id = p.unit_id WHERE r.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id as number, r.stamp as string | null]));
    return ids.map((id) => by.get(id) ?? null);
  }

  async summaries(year: number): Promise<FundFamilySummary[]> {
    const rows = await this.q(
      (p) => `SELECT fsm.year, fsm.fund_family, fsm.figures, fsm.text, fsm.sent_on::text AS sent_on, fsm.version,
                     s.name AS section_name, usr.display_name AS sent_by
                FROM fund_family_summary fsm JOIN section s ON s.id = fsm.section_id
                JOIN fund_family ff ON ff.code = fsm.fund_family LEFT JOIN app_user usr ON usr.id = fsm.sent_by_user_id
               WHERE fsm.year = $1 AND ${fundSummaryRows(this.v, p)} ORDER BY ff.sort_order, fsm.region_id`,
      [year],
    );
    return rows.map((r) => ({
      year: r.year,
      fundFamily: r.fund_family,
      sectionName: r.section_name,
      text: r.text,
      sentOn: r.sent_on,
      sentByName: r.sent_by,
      version: r.version,
      ...r.figures,
    }));
  }
}
