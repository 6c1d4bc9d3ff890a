import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { gradeOf } from '../../rules/evaluation.js';
import { parseScore } from '../../rules/score.js';
import {
  countiesEvaluated,
  governmentEvaluationRows,
  governmentEvaluationsEvaluated,
  sqlParams,
} from '../auth/index.js';
import { badInput, checkState, checkVersion, type Act, type Workflow } from '../workflow/index.js';
import type { GovernmentEvaluationStatus } from './government-evaluation.entity.js';

const ENTITY = '对下级政府预算绩效管理评价';

interface Locked {
  id: number;
  region_id: number;
  year: number;
  status: GovernmentEvaluationStatus;
  version: number;
}

function cleanText(field: string, text: string, max: number, zh: string, en: string, required = true): string {
  const t = text.trim();
  if (required && !t) throw badInput(field, `须填写${zh}`, `give the ${en}`);
  if (t.length > max) throw badInput(field, `${zh}不能超过 ${max} 字`, `the ${en} may not exceed ${max} characters`);
  return t;
}

/** A score out of 100 with at most two decimals, as the numeric(5,2) column keeps it. */
function cleanScore(field: string, value: number): string {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw badInput(field, '须为 0–100 的分数', 'must be a score from 0 to 100');
  const text = value.toFixed(2);
  if (Number(text) !== value) throw badInput(field, '最多两位小数', 'at most two decimals');
  parseScore(text, field);
  return text;
}

/**
 * Evaluations of lower governments (对下级政府预算绩效管理评价, DOMAIN §4; the seed's "州财政部门选择的2个县市"):
 * the upper level selects counties below it for a year; a selected county's performance section submits its
 * self-report and self score; the upper level scores it (graded by the county's rule bands) or returns it with
 * comments, and the county submits again. Scope decides who may act on which row (auth/scope.ts).
 */
export class GovernmentEvaluationService {
  constructor(private readonly wf: Workflow) {}

  /** The upper level selects counties below it for a year's evaluation. */
  async select(act: Act, year: number, regionIds: number[]): Promise<number[]> {
    if (regionIds.length === 0) throw badInput('regionIds', '请至少选择一个县（市）', 'select at least one county');
    if (regionIds.length > 100) throw badInput('regionIds', '一次最多选择100个', 'at most 100 at a time');
    const dup = regionIds.findIndex((r, i) => regionIds.indexOf(r) !== i);
    if (dup >= 0) throw badInput(`regionIds[${dup}]`, '重复选择', 'selected twice');
    return this.wf.run(async (m) => {
      const ids: number[] = [];
      for (const [i, regionId] of regionIds.entries()) {
        const p = sqlParams([regionId]);
        const [county] = await m.query(
          `SELECT r.id, r.name FROM region r WHERE r.id = $1 AND ${countiesEvaluated(act.viewer, p)}`,
          p.values,
        );
        if (!county)
          throw new AppError('NOT_FOUND', '县（市）不存在或不在本级之下', 'No such county below your region', {
            field: `regionIds[${i}]`,
          });
        // A withdrawn selection is selected again (its history goes on); any other is already taken.
        const [withdrawn] = await m.query(
          `SELECT id, region_id, year, status, version FROM government_evaluation
            WHERE region_id = $1 AND year = $2 AND status = 'WITHDRAWN' FOR UPDATE`,
          [regionId, year],
        );
        const [row] = withdrawn
          ? await m.query(
              `WITH again AS (UPDATE government_evaluation SET status = 'SELECTED', by_region_id = $2, version = version + 1
                WHERE id = $1 RETURNING id) SELECT id FROM again`,
              [withdrawn.id, act.viewer.regionId],
            )
          : await m.query(
              `INSERT INTO government_evaluation (region_id, by_region_id, year, status) VALUES ($1, $2, $3, 'SELECTED')
               ON CONFLICT (region_id, year) DO NOTHING RETURNING id`,
              [regionId, act.viewer.regionId, year],
            );
        if (!row)
          throw new AppError(
            'INVALID_TRANSITION',
            `${county.name}已被选为 ${year} 年度评价对象`,
            `${county.name} is already selected for ${year}`,
            { field: `regionIds[${i}]` },
          );
        await this.event(m, act, row.id, 'SELECTED', '', null);
        await this.wf.record(
          m,
          act,
          withdrawn ? 'RESELECT' : 'CREATE',
          'GovernmentEvaluation',
          row.id,
          withdrawn ?? null,
          {
            status: 'SELECTED',
            regionId,
            year,
          },
        );
        ids.push(row.id);
      }
      return ids;
    });
  }

  /** The selected county's performance section submits (or, after a return, resubmits) its self-report. */
  async submitSelf(act: Act, id: number, text: string, selfScore: number, version: number): Promise<number> {
    const body = cleanText('selfReport', text, 20000, '自评报告', 'self-report');
    const score = cleanScore('selfScore', selfScore);
    return this.wf.run(async (m) => {
      const before = await this.wf.lock<Locked>(
        m,
        ENTITY,
        id,
        (p) => `SELECT ge.id, ge.region_id, ge.year, ge.status, ge.version FROM government_evaluation ge
                 WHERE ge.id = $1 AND ge.region_id = ${p.push(act.viewer.regionId)} AND ${governmentEvaluationRows(act.viewer, p)}`,
        'ge',
      );
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SELECTED', 'RETURNED'], '提交自评');
      await m.query(
        `UPDATE government_evaluation SET status = 'SUBMITTED', self_report = $2, self_score = $3, version = version + 1
          WHERE id = $1`,
        [id, body, score],
      );
      await this.event(m, act, id, 'SUBMITTED', body, score);
      await this.wf.record(
        m,
        act,
        before.status === 'RETURNED' ? 'RESUBMIT' : 'SUBMIT',
        'GovernmentEvaluation',
        id,
        before,
        {
          status: 'SUBMITTED',
          selfScore: score,
          selfReport: body,
        },
      );
      return id;
    });
  }

  /** The upper level returns a submitted self-report with its comments. */
  async returnSelf(act: Act, id: number, comment: string, version: number): Promise<number> {
    const body = cleanText('comment', comment, 2000, '退回意见', 'comment');
    return this.wf.run(async (m) => {
      const before = await this.lockEvaluated(m, act, id);
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SUBMITTED'], '退回');
      await m.query(`UPDATE government_evaluation SET status = 'RETURNED', version = version + 1 WHERE id = $1`, [id]);
      await this.event(m, act, id, 'RETURNED', body, null);
      await this.wf.record(m, act, 'RETURN', 'GovernmentEvaluation', id, before, { status: 'RETURNED', comment: body });
      return id;
    });
  }

  /** The upper level scores a submitted self-report: the grade follows the county's rule bands for the year. */
  async score(act: Act, id: number, value: number, comment: string, version: number): Promise<number> {
    const score = cleanScore('score', value);
    const body = cleanText('comment', comment, 2000, '评价意见', 'comment', false);
    return this.wf.run(async (m) => {
      const before = await this.lockEvaluated(m, act, id);
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SUBMITTED'], '评分');
      const rules = await this.wf.rules(m, before.region_id, before.year);
      const grade = gradeOf(score, rules.evaluation);
      await m.query(
        `UPDATE government_evaluation SET status = 'SCORED', score = $2, grade = $3, version = version + 1 WHERE id = $1`,
        [id, score, grade],
      );
      await this.event(m, act, id, 'SCORED', body, score);
      await this.wf.record(m, act, 'SCORE', 'GovernmentEvaluation', id, before, {
        status: 'SCORED',
        score,
        grade,
        comment: body,
      });
      return id;
    });
  }

  /**
   * The upper level withdraws a selection the county has not answered yet (选定有误或调整评价对象), with its reason;
   * the row and its history stay, and the county may be selected again.
   */
  async withdraw(act: Act, id: number, reason: string, version: number): Promise<number> {
    const body = cleanText('reason', reason, 2000, '撤销原因', 'reason');
    return this.wf.run(async (m) => {
      const before = await this.lockEvaluated(m, act, id);
      checkVersion(ENTITY, before.version, version);
      checkState(ENTITY, before.status, ['SELECTED'], '撤销选定');
      await m.query(`UPDATE government_evaluation SET status = 'WITHDRAWN', version = version + 1 WHERE id = $1`, [id]);
      await this.event(m, act, id, 'WITHDRAWN', body, null);
      await this.wf.record(m, act, 'WITHDRAW', 'GovernmentEvaluation', id, before, {
        status: 'WITHDRAWN',
        reason: body,
      });
      return id;
    });
  }

  /** A row the viewer evaluates (its own selection of a county below it), else not found. */
  private lockEvaluated(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<Locked>(
      m,
      ENTITY,
      id,
      (p) => `SELECT ge.id, ge.region_id, ge.year, ge.status, ge.version FROM government_evaluation ge
               WHERE ge.id = $1 AND ${governmentEvaluationsEvaluated(act.viewer, p)}`,
      'ge',
    );
  }

  private async event(m: EntityManager, act: Act, id: number, kind: string, text: string, score: string | null) {
    await m.query(
      `INSERT INTO government_evaluation_event (evaluation_id, kind, text, score, user_id) VALUES ($1, $2, $3, $4, $5)`,
      [id, kind, text, score, act.viewer.userId],
    );
  }
}
