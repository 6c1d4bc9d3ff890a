import type { EntityManager } from 'typeorm';
import type { Comparator, FundFamily, IndicatorLevel1 } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import { parseYuan } from '../../rules/money.js';
import { dateInBudgetYear, isDateInYear } from '../../rules/calendar.js';
import { targetProblems } from '../../rules/targets.js';
import { checkTemplatesChoosable, withLibraryReferences } from './library-reference.js';
import { checkFundReviewed } from '../fund-review/index.js';
import type { TransferPaymentService } from '../transfer-payment/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

export interface IndicatorDraft {
  templateId?: number | null;
  level1: IndicatorLevel1;
  level2: string;
  name: string;
  comparator: Comparator;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure?: string | null;
  weight: string;
  isKey?: boolean | null;
  /** The upper-level transfer target this indicator carries a share of. */
  transferIndicatorId?: number | null;
}

export interface ProjectRow {
  id: number;
  year: number;
  unit_id: number;
  kind: string;
  target_status: string;
  version: number;
}

/** Targets: the unit drafts and submits, the business section reviews first, the performance section approves or returns. */
export class TargetsService {
  constructor(
    private readonly wf: Workflow,
    private readonly transfers: TransferPaymentService,
  ) {}

  private lockProject(m: EntityManager, act: Act, projectId: number) {
    return this.wf.lockProject<ProjectRow>(m, act, projectId, 'p.id, p.year, p.unit_id, p.kind, p.target_status');
  }

  async createProject(
    act: Act,
    input: {
      year: number;
      name: string;
      fundFamily: FundFamily;
      budget: string;
      kind: 'NEW' | 'RECURRING' | 'ONE_OFF';
      inAnnualBudget: boolean;
      isKey: boolean;
      purchaseOfServices: boolean;
      budgetedOn?: string | null;
    },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const v = act.viewer;
      const name = input.name.trim();
      if (name.length < 4 || name.length > 200)
        throw badInput('input.name', '项目名称须为4–200个字符', 'must be 4–200 characters');
      parseYuan(input.budget, 'input.budget');
      const budgetedOn = input.budgetedOn ?? dateInBudgetYear(input.year, today());
      if (!isDateInYear(budgetedOn, input.year)) {
        throw badInput(
          'input.budgetedOn',
          `须为 ${input.year} 年内的日期（YYYY-MM-DD）`,
          `must be a date (YYYY-MM-DD) in ${input.year}`,
        );
      }
      const [unit] = await m.query(`SELECT id, code, region_id, active FROM unit WHERE id = $1 FOR UPDATE`, [v.unitId]);
      if (!unit.active) {
        throw new AppError(
          'INVALID_TRANSITION',
          '本单位已撤销，不能新建项目',
          'This unit is retired: it takes no new projects',
          {
            field: 'unitId',
          },
        );
      }
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM project WHERE unit_id = $1 AND year = $2`, [
        unit.id,
        input.year,
      ]);
      const code = `${input.year}-${unit.code}-${String(n + 1).padStart(3, '0')}`;
      const [row] = await m.query(
        `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, is_key, in_annual_budget, budgeted_on,
                              purchase_of_services, target_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'DRAFT') RETURNING id`,
        [
          unit.region_id,
          input.year,
          unit.id,
          input.fundFamily,
          code,
          name,
          input.budget,
          input.kind,
          input.isKey,
          input.inAnnualBudget,
          budgetedOn,
          input.purchaseOfServices,
        ],
      );
      await this.wf.record(m, act, 'CREATE', 'Project', row.id, null, { ...input, budgetedOn, code });
      return row.id;
    });
  }

  async saveTargets(act: Act, projectId: number, indicators: IndicatorDraft[], version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.lockProject(m, act, projectId);
      checkVersion('项目', p.version, version);
      checkState('绩效目标', p.target_status, ['DRAFT', 'RETURNED'], '保存草稿');
      const before = await m.query(
        `SELECT template_id AS "templateId", level1, level2, name, comparator, target_value::text AS target, target_text AS "targetText",
                unit_of_measure AS "unitOfMeasure", weight::text AS weight, is_key AS "isKey", transfer_indicator_id AS "transferIndicatorId"
           FROM project_indicator WHERE project_id = $1 ORDER BY id`,
        [p.id],
      );
      const kept = (
        (await m.query(
          `SELECT DISTINCT template_id FROM project_indicator WHERE project_id = $1 AND template_id IS NOT NULL`,
          [p.id],
        )) as { template_id: number }[]
      ).map((r) => r.template_id);
      await checkTemplatesChoosable(m, p, indicators, kept);
      const linkedBefore = await this.transfers.linkedSums(m, p.id);
      await m.query(`DELETE FROM project_indicator WHERE project_id = $1`, [p.id]);
      // A draft may miss whole indicators, but each indicator it holds must be well-formed.
      const malformed = targetProblems(await withLibraryReferences(m, indicators)).filter(
        (x) => x.field !== 'indicators',
      );
      if (malformed.length > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          malformed.map((x) => `${x.field}：${x.zh}`).join('；'),
          malformed.map((x) => `${x.field}: ${x.en}`).join('; '),
          { fields: malformed },
        );
      }
      for (const [i, ind] of indicators.entries()) {
        if (!ind.name.trim()) throw badInput(`indicators[${i}].name`, '指标名称不能为空', 'must not be empty');
      }
      await this.transfers.checkLinks(m, p.id, indicators);
      for (const ind of indicators) {
        await m.query(
          `INSERT INTO project_indicator (project_id, template_id, level1, level2, name, comparator, target_value, target_text, unit_of_measure, weight, is_key,
                                          transfer_indicator_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            p.id,
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
            ind.transferIndicatorId ?? null,
          ],
        );
      }
      await this.transfers.unconfirmChanged(m, act, linkedBefore, await this.transfers.linkedSums(m, p.id));
      await m.query(`UPDATE project SET target_status = 'DRAFT', version = version + 1 WHERE id = $1`, [p.id]);
      await this.wf.record(m, act, 'UPDATE', 'ProjectTargets', p.id, before, indicators);
      return p.id;
    });
  }

  async submitTargets(act: Act, projectId: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.lockProject(m, act, projectId);
      checkVersion('项目', p.version, version);
      checkState('绩效目标', p.target_status, ['DRAFT', 'RETURNED'], '提交');
      const indicators = await m.query(
        `SELECT level1, name, comparator, target_value::text AS "targetValue", target_text AS "targetText", unit_of_measure AS "unitOfMeasure",
                weight::text AS weight, transfer_indicator_id AS "transferIndicatorId", template_id AS "templateId" FROM project_indicator
          WHERE project_id = $1 AND retired_on IS NULL ORDER BY id`,
        [p.id],
      );
      const problems = targetProblems(await withLibraryReferences(m, indicators));
      if (problems.length === 0) await this.transfers.checkLinks(m, p.id, indicators);
      if (problems.length > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          `绩效目标未通过检查：${problems.map((x) => `${x.field} ${x.zh}`).join('；')}`,
          `The targets fail the checks: ${problems.map((x) => `${x.field} ${x.en}`).join('; ')}`,
          { fields: problems },
        );
      }
      // Submitted again, the targets wait for a new review by their fund section (if any): the old stamp goes.
      await m.query(
        `UPDATE project SET target_status = 'SUBMITTED', targets_fund_reviewed_on = NULL, version = version + 1 WHERE id = $1`,
        [p.id],
      );
      await this.wf.record(
        m,
        act,
        'SUBMIT',
        'ProjectTargets',
        p.id,
        { status: p.target_status },
        { status: 'SUBMITTED' },
      );
      return p.id;
    });
  }

  async review(
    act: Act,
    stage: 'BUSINESS_FIRST' | 'PERFORMANCE',
    projectId: number,
    input: {
      approve: boolean;
      comment: string;
      score?: string | null;
      indicatorComments?: { indicatorId: number; comment: string }[];
      version: number;
    },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.lockProject(m, act, projectId);
      if (stage === 'BUSINESS_FIRST')
        await this.wf.checkStandIn(m, act, p.id, { zh: '绩效目标初审', en: 'first review of targets' });
      checkVersion('项目', p.version, input.version);
      const from = stage === 'BUSINESS_FIRST' ? 'SUBMITTED' : 'FIRST_REVIEWED';
      checkState('绩效目标', p.target_status, [from], input.approve ? '审核通过' : '退回修改');
      if (!input.approve && !input.comment.trim() && !input.indicatorComments?.length) {
        throw badInput('comment', '退回须写明意见', 'say what to revise');
      }
      if (stage === 'PERFORMANCE' && input.approve) await checkFundReviewed(m, 'TARGETS', p.id, 'projectId');
      if (stage === 'PERFORMANCE' && input.approve && p.kind === 'NEW') {
        const [x] = await m.query(`SELECT conclusion, status FROM ex_ante_assessment WHERE project_id = $1`, [p.id]);
        if (x?.status !== 'CONCLUDED' || x.conclusion !== 'SUPPORT') {
          throw new AppError(
            'INVALID_TRANSITION',
            '新增项目须经事前绩效评估“支持”方可安排预算',
            'A new project needs an ex-ante assessment concluding "support" before it can be funded',
            { field: 'projectId' },
          );
        }
      }
      // Each comment keeps its indicator's name: a revised draft replaces the indicators, the comment stays readable.
      const names = new Map<number, string>(
        (await m.query(`SELECT id, name FROM project_indicator WHERE project_id = $1`, [p.id])).map(
          (r: { id: number; name: string }) => [r.id, r.name],
        ),
      );
      const comments = (input.indicatorComments ?? []).map((c, i) => {
        const name = names.get(c.indicatorId);
        if (name === undefined)
          throw badInput(`indicatorComments[${i}].indicatorId`, '不是该项目的指标', 'not an indicator of this project');
        return { indicatorId: c.indicatorId, indicatorName: name, comment: c.comment };
      });
      const to = !input.approve ? 'RETURNED' : stage === 'BUSINESS_FIRST' ? 'FIRST_REVIEWED' : 'APPROVED';
      await m.query(`UPDATE project SET target_status = $2, version = version + 1 WHERE id = $1`, [p.id, to]);
      const issues = (input.indicatorComments?.length ?? 0) || (input.approve ? 0 : 1);
      await m.query(
        `INSERT INTO target_review (year, subject, project_id, unit_id, stage, outcome, issue_count, score, comment, indicator_comments, reviewer_user_id, reviewed_on)
         VALUES ($1, 'PROJECT', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          p.year,
          p.id,
          p.unit_id,
          stage,
          input.approve ? 'APPROVED' : 'RETURNED',
          issues,
          input.score ?? null,
          input.comment.trim(),
          JSON.stringify(comments),
          act.viewer.userId,
          today(),
        ],
      );
      await this.wf.record(
        m,
        act,
        input.approve ? 'APPROVE' : 'RETURN',
        'ProjectTargets',
        p.id,
        { status: p.target_status },
        { status: to, comment: input.comment },
      );
      return p.id;
    });
  }
}
