import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { parseYuan } from '../../rules/money.js';
import { targetProblems } from '../../rules/targets.js';
import { libraryOf, unitRows } from '../auth/index.js';
import { withLibraryReferences, type IndicatorDraftValue as IndicatorDraft } from '../targets/index.js';
import { badInput, checkState, checkVersion, notFound, today, type Act, type Workflow } from '../workflow/index.js';
import type { UnitWideStatus } from './unit-wide.entity.js';

export interface TargetRow {
  id: number;
  year: number;
  unit_id: number;
  region_id: number;
  region_path: string;
  classified: boolean;
  status: UnitWideStatus;
  budget: string;
  self_score: string | null;
  self_executed: string | null;
  version: number;
}

const ENTITY = '部门整体绩效目标';

/** Locks a unit's unit-wide targets found within the viewer's scope (the unit's own, its section's, the county's). */
export function lockTarget(wf: Workflow, m: EntityManager, act: Act, id: number): Promise<TargetRow> {
  return wf.lock<TargetRow>(
    m,
    ENTITY,
    id,
    (p) =>
      `SELECT t.id, t.year, t.unit_id, u.region_id, r.path AS region_path, u.classified, t.status, t.budget::text AS budget,
              t.self_score::text AS self_score, t.self_executed::text AS self_executed, t.version
         FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id JOIN region r ON r.id = u.region_id
        WHERE t.id = $1 AND ${unitRows(act.viewer, p, 'u')}`,
    't',
  );
}

/**
 * Unit-wide targets (部门整体绩效目标): the unit drafts the targets of its whole budget from the library of its
 * region and submits them; its business section reviews first (the performance section for a classified
 * unit); the performance section approves or returns. The same states as a project's targets.
 */
export class UnitWideTargetsService {
  constructor(private readonly wf: Workflow) {}

  async save(
    act: Act,
    input: { year: number; budget: string; indicators: IndicatorDraft[]; version: number },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const v = act.viewer;
      const budget = parseYuan(input.budget, 'budget');
      if (budget <= 0n) throw badInput('budget', '部门预算须大于0', 'must be more than 0');
      const [unit] = await m.query(
        `SELECT u.id, u.active, r.path FROM unit u JOIN region r ON r.id = u.region_id WHERE u.id = $1 FOR UPDATE OF u`,
        [v.unitId],
      );
      if (!unit?.active) {
        throw new AppError('INVALID_TRANSITION', '本单位已撤销', 'This unit is retired', { field: 'unitId' });
      }
      const [existing] = await m.query(`SELECT id FROM unit_wide_target WHERE unit_id = $1 AND year = $2`, [
        unit.id,
        input.year,
      ]);
      let id: number;
      let before: unknown = null;
      if (existing) {
        const t = await lockTarget(this.wf, m, act, existing.id);
        checkVersion(ENTITY, t.version, input.version);
        checkState(ENTITY, t.status, ['DRAFT', 'RETURNED'], '保存草稿');
        before = {
          budget: t.budget,
          indicators: await m.query(
            `SELECT template_id AS "templateId", level1, level2, name, comparator, target_value::text AS "targetValue",
                    target_text AS "targetText", unit_of_measure AS "unitOfMeasure", weight::text AS weight, is_key AS "isKey"
               FROM unit_wide_indicator WHERE target_id = $1 ORDER BY id`,
            [t.id],
          ),
        };
        id = t.id;
      } else {
        if (input.version !== 0) checkVersion(ENTITY, 0, input.version);
        const [row] = await m.query(
          `INSERT INTO unit_wide_target (unit_id, year, budget) VALUES ($1, $2, $3) RETURNING id`,
          [unit.id, input.year, input.budget],
        );
        id = row.id;
      }
      await this.checkTemplates(m, unit.path, input.year, input.indicators);
      const malformed = targetProblems(await withLibraryReferences(m, input.indicators)).filter(
        (x) => x.field !== 'indicators',
      );
      if (malformed.length > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          malformed.map((x) => `${x.field}：${x.zh}`).join('；'),
          malformed.map((x) => `${x.field}: ${x.en}`).join('; '),
          { field: malformed[0]!.field, fields: malformed },
        );
      }
      for (const [i, ind] of input.indicators.entries()) {
        if (!ind.name.trim()) throw badInput(`indicators[${i}].name`, '指标名称不能为空', 'must not be empty');
      }
      await m.query(`DELETE FROM unit_wide_indicator WHERE target_id = $1`, [id]);
      for (const ind of input.indicators) {
        await m.query(
          `INSERT INTO unit_wide_indicator (target_id, template_id, level1, level2, name, comparator, target_value, target_text,
                                            unit_of_measure, weight, is_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            ind.templateId ?? null,
            ind.level1,
            ind.level2,
            ind.name.trim(),
            ind.comparator,
            ind.comparator === 'QUALITATIVE' ? null : ind.targetValue || null,
            ind.targetText ?? null,
            ind.unitOfMeasure ?? '',
            ind.weight,
            !!ind.isKey,
          ],
        );
      }
      await m.query(`UPDATE unit_wide_target SET budget = $2, status = 'DRAFT', version = version + 1 WHERE id = $1`, [
        id,
        input.budget,
      ]);
      await this.wf.record(m, act, existing ? 'UPDATE' : 'CREATE', 'UnitWideTargets', id, before, {
        year: input.year,
        budget: input.budget,
        indicators: input.indicators,
      });
      return id;
    });
  }

  /** Library indicators only from the library the unit's region uses, as it stands in the year. */
  private async checkTemplates(m: EntityManager, regionPath: string, year: number, indicators: IndicatorDraft[]) {
    const ids = indicators.map((i) => i.templateId).filter((id): id is number => id != null);
    if (ids.length === 0) return;
    const rows = (await m.query(
      `SELECT id FROM indicator_template t WHERE id = ANY($1::int[])
          AND t.from_year <= $2 AND (t.retired_from IS NULL OR t.retired_from > $2) AND ${libraryOf('$3::text', 't.region_id')}`,
      [ids, year, regionPath],
    )) as { id: number }[];
    const ok = new Set(rows.map((r) => r.id));
    const bad = indicators.findIndex((i) => i.templateId != null && !ok.has(i.templateId));
    if (bad >= 0) {
      throw badInput(
        `indicators[${bad}].templateId`,
        `该指标不在本地区${year}年度指标库中`,
        `not in the ${year} indicator library of the unit's region`,
      );
    }
  }

  async submit(act: Act, id: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await lockTarget(this.wf, m, act, id);
      checkVersion(ENTITY, t.version, version);
      checkState(ENTITY, t.status, ['DRAFT', 'RETURNED'], '提交');
      const indicators = await m.query(
        `SELECT level1, name, comparator, target_value::text AS "targetValue", target_text AS "targetText",
                unit_of_measure AS "unitOfMeasure", weight::text AS weight, template_id AS "templateId"
           FROM unit_wide_indicator WHERE target_id = $1 ORDER BY id`,
        [t.id],
      );
      const problems = targetProblems(await withLibraryReferences(m, indicators));
      if (problems.length > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          `绩效目标未通过检查：${problems.map((x) => `${x.field} ${x.zh}`).join('；')}`,
          `The targets fail the checks: ${problems.map((x) => `${x.field} ${x.en}`).join('; ')}`,
          { field: problems[0]!.field, fields: problems },
        );
      }
      await m.query(`UPDATE unit_wide_target SET status = 'SUBMITTED', version = version + 1 WHERE id = $1`, [t.id]);
      await this.wf.record(m, act, 'SUBMIT', 'UnitWideTargets', t.id, { status: t.status }, { status: 'SUBMITTED' });
      return t.id;
    });
  }

  async review(
    act: Act,
    stage: 'BUSINESS_FIRST' | 'PERFORMANCE',
    id: number,
    input: { approve: boolean; comment: string; score?: string | null; issueCount?: number | null; version: number },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await lockTarget(this.wf, m, act, id);
      // The performance section stands in for the first review of a classified unit only.
      if (stage === 'BUSINESS_FIRST' && act.viewer.role === 'PERFORMANCE' && !t.classified) {
        throw new AppError(
          'FORBIDDEN',
          '绩效科只代为办理涉密单位的绩效目标初审；该单位由对口科室办理',
          "The performance section takes the first review of classified units only; this unit's is done by its own section",
          { field: 'id' },
        );
      }
      checkVersion(ENTITY, t.version, input.version);
      const from = stage === 'BUSINESS_FIRST' ? 'SUBMITTED' : 'FIRST_REVIEWED';
      checkState(ENTITY, t.status, [from], input.approve ? '审核通过' : '退回修改');
      if (input.comment.length > 2000) throw badInput('comment', '意见最多2000字', 'at most 2000 characters');
      if (!input.approve && !input.comment.trim()) throw badInput('comment', '退回须写明意见', 'say what to revise');
      if (input.approve && input.issueCount) {
        throw badInput('issueCount', '通过时不记问题数', 'an approval records no issues');
      }
      const issues = input.approve ? 0 : (input.issueCount ?? 1);
      const to = !input.approve ? 'RETURNED' : stage === 'BUSINESS_FIRST' ? 'FIRST_REVIEWED' : 'APPROVED';
      await m.query(`UPDATE unit_wide_target SET status = $2, version = version + 1 WHERE id = $1`, [t.id, to]);
      await m.query(
        `INSERT INTO target_review (year, subject, project_id, unit_id, stage, outcome, issue_count, score, comment, reviewer_user_id, reviewed_on)
         VALUES ($1, 'UNIT_WIDE', NULL, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          t.year,
          t.unit_id,
          stage,
          input.approve ? 'APPROVED' : 'RETURNED',
          issues,
          input.score ?? null,
          input.comment.trim(),
          act.viewer.userId,
          today(),
        ],
      );
      await this.wf.record(
        m,
        act,
        input.approve ? 'APPROVE' : 'RETURN',
        'UnitWideTargets',
        t.id,
        { status: t.status },
        { status: to, stage, comment: input.comment, issueCount: issues },
      );
      return t.id;
    });
  }
}

export { notFound };
