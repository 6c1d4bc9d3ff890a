import { groupBy, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import type { IndicatorDraft, TargetAdjustment, TargetReviewInfo } from './targets.types.js';

const mapDraft = (d: Row): IndicatorDraft => ({
  level1: d.level1,
  level2: d.level2,
  name: d.name,
  comparator: d.comparator,
  targetValue: d.targetValue ?? null,
  targetText: d.targetText ?? null,
  unitOfMeasure: d.unitOfMeasure ?? null,
  weight: Number(d.weight),
  isKey: d.isKey ?? null,
  templateId: d.templateId == null ? null : toGlobalId('IndicatorTemplate', d.templateId),
  transferIndicatorId: d.transferIndicatorId == null ? null : toGlobalId('TransferIndicator', d.transferIndicatorId),
});

const mapAdjustment = (r: Row): TargetAdjustment =>
  ({
    __typename: 'TargetAdjustment',
    id: toGlobalId('TargetAdjustment', r.id),
    dbId: r.id,
    projectId: r.project_id,
    checkpointId: r.checkpoint_id,
    reason: r.reason,
    before: (r.before ?? []).map(mapDraft),
    proposed: (r.proposed ?? []).map(mapDraft),
    status: r.status,
    decisionComment: r.decision_comment,
    requestedAt: r.requested_at,
    decidedOn: r.decided_on,
    version: r.version,
  }) as TargetAdjustment;

const mapReview = (r: Row): TargetReviewInfo => ({
  stage: r.stage,
  outcome: r.outcome,
  score: r.score,
  comment: r.comment,
  reviewedOn: r.reviewed_on,
  indicatorComments: (r.indicator_comments ?? []).map((c: Row) => ({
    indicatorId: toGlobalId('Indicator', c.indicatorId),
    indicatorName: c.indicatorName ?? null,
    comment: c.comment,
  })),
});

/** Reviews of projects' targets and requests to adjust them, within the viewer's row scope. */
export class TargetsReader extends ScopedReader {
  async adjustmentsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (
        p,
      ) => `SELECT ta.id, ta.project_id, ta.checkpoint_id, ta.reason, ta.before, ta.proposed, ta.status, ta.decision_comment,
        to_char(ta.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS requested_at, ta.decided_on::text AS decided_on, ta.version
        FROM target_adjustment ta JOIN project p ON p.id = ta.project_id JOIN unit u ON u.id = p.unit_id
        WHERE ta.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY ta.requested_at DESC, ta.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapAdjustment);
  }

  /** Adjustment requests by their own ids (for `node`). */
  async adjustmentsByIds(ids: readonly number[]) {
    const rows = await this.q(
      (
        p,
      ) => `SELECT ta.id, ta.project_id, ta.checkpoint_id, ta.reason, ta.before, ta.proposed, ta.status, ta.decision_comment,
        to_char(ta.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS requested_at, ta.decided_on::text AS decided_on, ta.version
        FROM target_adjustment ta JOIN project p ON p.id = ta.project_id JOIN unit u ON u.id = p.unit_id
        WHERE ta.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id as number, mapAdjustment(r)]));
    return ids.map((id) => by.get(id) ?? null);
  }

  async reviewsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT t.project_id, t.stage, t.outcome, t.score::float8 AS score, t.comment, t.indicator_comments,
        t.reviewed_on::text AS reviewed_on FROM target_review t JOIN project p ON p.id = t.project_id JOIN unit u ON u.id = p.unit_id
        WHERE t.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY t.reviewed_on, t.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapReview);
  }
}
