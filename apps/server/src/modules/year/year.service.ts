import type { EntityManager } from 'typeorm';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { AppError } from '../../graphql/errors.js';
import { isDateInYear } from '../../rules/calendar.js';
import { checkpointDates } from '../../rules/monitoring.js';
import { parseRuleSet } from '../../rules/rule-set.js';
import { regionRows, sqlParams } from '../auth/index.js';
import type { ResultApplicationService } from '../result-application/index.js';
import { defaultCalendar } from '../calendar/index.js';
import { badInput, checkState, checkVersion, type Act, type Workflow } from '../workflow/index.js';

const dateInput = (field: string, date: string, year: number) => {
  if (!isDateInYear(date, year)) {
    throw badInput(field, `须为 ${year} 年内的日期（YYYY-MM-DD）`, `must be a date (YYYY-MM-DD) in ${year}`);
  }
};

/**
 * A county's year: the performance section opens it (rules copied from the year before, checkpoints and the
 * calendar made from them) and adjusts its dates before they come.
 */
export class YearService {
  constructor(
    private readonly wf: Workflow,
    private readonly cuts: ResultApplicationService,
  ) {}

  /**
   * Opens `year` for the performance section's county: the rule set of the latest earlier year that has one
   * (else the defaults) is copied unless the year already has its own; the project checkpoints of the rules
   * (end of May, end of August by default), the unit-wide one (end of June) and DOMAIN.md's calendar are
   * created. One transaction, audited; refused when the year is already open.
   */
  async openYear(act: Act, year: number): Promise<{ checkpoints: number; deadlines: number }> {
    return this.wf.run(async (m) => {
      const regionId = act.viewer.regionId;
      // One opening at a time per county: the region row is the lock.
      await m.query(`SELECT id FROM region WHERE id = $1 FOR UPDATE`, [regionId]);
      const [open] = await m.query(
        `SELECT (SELECT count(*)::int FROM monitoring_checkpoint WHERE region_id = $1 AND year = $2) AS checkpoints,
                (SELECT count(*)::int FROM calendar_deadline WHERE region_id = $1 AND year = $2) AS deadlines`,
        [regionId, year],
      );
      if (open.checkpoints > 0 || open.deadlines > 0) {
        throw new AppError('INVALID_TRANSITION', `${year}年度已开启`, `${year} is already open`, { field: 'year' });
      }
      const [own] = await m.query(`SELECT rules FROM rule_set WHERE region_id = $1 AND year = $2`, [regionId, year]);
      let rules: RuleSet;
      let rulesFrom: number | null = year;
      if (own) {
        rules = parseRuleSet(own.rules);
      } else {
        const [prev] = await m.query(
          `SELECT year, rules FROM rule_set WHERE region_id = $1 AND year < $2 ORDER BY year DESC LIMIT 1`,
          [regionId, year],
        );
        rules = prev ? parseRuleSet(prev.rules) : DEFAULT_RULE_SET;
        rulesFrom = prev?.year ?? null;
        await m.query(`INSERT INTO rule_set (region_id, year, rules) VALUES ($1, $2, $3)`, [
          regionId,
          year,
          JSON.stringify(rules),
        ]);
      }
      const checkpoints = [
        ...rules.monitoring.checkpoints.map((c) => ({ scope: 'PROJECT', month: c.month, ...checkpointDates(year, c) })),
        {
          scope: 'UNIT_WIDE',
          month: rules.monitoring.unitWideMonth,
          ...checkpointDates(year, { month: rules.monitoring.unitWideMonth, reportDueDay: 10 }),
        },
      ];
      for (const c of checkpoints) {
        await m.query(
          `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
           VALUES ($1, $2, $3, $4, $5, $6, 'PLANNED')`,
          [regionId, year, c.month, c.scope, c.periodEnd, c.reportDue],
        );
      }
      const deadlines = defaultCalendar(year);
      for (const d of deadlines) {
        await m.query(
          `INSERT INTO calendar_deadline (region_id, year, due_on, kind, title_zh, title_en, roles)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [regionId, year, d.dueOn, d.kind, d.titleZh, d.titleEn, JSON.stringify(d.roles)],
        );
      }
      await this.wf.record(m, act, 'OPEN_YEAR', 'Year', year, null, {
        year,
        rulesCopiedFrom: own ? 'OWN' : (rulesFrom ?? 'DEFAULTS'),
        checkpoints,
        deadlines: deadlines.map((d) => ({ kind: d.kind, dueOn: d.dueOn })),
      });
      return { checkpoints: checkpoints.length, deadlines: deadlines.length };
    });
  }

  /**
   * Moves a checkpoint's period end and report due date while it is still planned: within its year, the
   * report due after the period end, and in order with the year's other checkpoints of its scope.
   */
  async setCheckpointDates(
    act: Act,
    checkpointId: number,
    periodEnd: string,
    reportDue: string,
    version: number,
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const cp = await this.wf.lock<{
        id: number;
        status: string;
        version: number;
        year: number;
        period_end: string;
        report_due: string;
      }>(
        m,
        '监控节点',
        checkpointId,
        (
          p,
        ) => `SELECT c.id, c.status, c.version, c.year, c.period_end::text AS period_end, c.report_due::text AS report_due
                  FROM monitoring_checkpoint c WHERE c.id = $1 AND ${regionRows(act.viewer, p, 'c.region_id')}`,
        'c',
      );
      checkVersion('监控节点', cp.version, version);
      checkState('监控节点', cp.status, ['PLANNED'], '调整日期');
      dateInput('periodEnd', periodEnd, cp.year);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(reportDue) || !isDateInYear(reportDue, Number(reportDue.slice(0, 4)))) {
        throw badInput('reportDue', '须为日期（YYYY-MM-DD）', 'must be a date (YYYY-MM-DD)');
      }
      if (reportDue <= periodEnd || reportDue > `${cp.year + 1}-01-31`) {
        throw badInput(
          'reportDue',
          '报送截止须晚于节点日期，且不晚于次年1月31日',
          'must come after the period end, and by 31 January of the year after',
        );
      }
      const [clash] = await m.query(
        `SELECT o.month FROM monitoring_checkpoint o JOIN monitoring_checkpoint c ON c.id = $1
          WHERE o.region_id = c.region_id AND o.year = c.year AND o.scope = c.scope AND o.id <> c.id
            AND sign(o.period_end - c.period_end) <> sign(o.period_end - $2::date) LIMIT 1`,
        [cp.id, periodEnd],
      );
      if (clash) {
        throw badInput(
          'periodEnd',
          `须与${clash.month}月的监控节点保持先后顺序`,
          `must stay in order with the checkpoint of month ${clash.month}`,
        );
      }
      await m.query(
        `UPDATE monitoring_checkpoint SET period_end = $2, report_due = $3, version = version + 1 WHERE id = $1`,
        [cp.id, periodEnd, reportDue],
      );
      await this.wf.record(
        m,
        act,
        'UPDATE',
        'Checkpoint',
        cp.id,
        { periodEnd: cp.period_end, reportDue: cp.report_due },
        { periodEnd, reportDue },
      );
      return cp.id;
    });
  }

  /** Moves a stored deadline of the calendar within its year. */
  async setDeadlineDate(act: Act, deadlineId: number, dueOn: string): Promise<number> {
    return this.wf.run(async (m) => {
      const [d] = await this.lockDeadline(m, act, deadlineId);
      if (!d) throw new AppError('NOT_FOUND', '期限不存在或无权访问', 'No such deadline', { entity: '期限' });
      dateInput('dueOn', dueOn, d.year);
      await m.query(`UPDATE calendar_deadline SET due_on = $2 WHERE id = $1`, [d.id, dueOn]);
      await this.wf.record(m, act, 'UPDATE', 'CalendarDeadline', d.id, { dueOn: d.due_on }, { dueOn });
      return d.id;
    });
  }

  private lockDeadline(m: EntityManager, act: Act, id: number) {
    const p = sqlParams([id]);
    return m.query(
      `SELECT d.id, d.year, d.due_on::text AS due_on FROM calendar_deadline d
        WHERE d.id = $1 AND ${regionRows(act.viewer, p, 'd.region_id')} FOR UPDATE`,
      p.values,
    ) as Promise<{ id: number; year: number; due_on: string }[]>;
  }

  /**
   * Year end: every recurring project (延续) of `year` in the county not yet carried over gets its line in
   * year + 1: same unit, name, fund family and budget, budgeted on 1 January, with its indicators copied as
   * draft targets (the unit revises and submits them). Decided cuts whose budget year is year + 1 are then
   * taken from their lines. Carrying over again adds only what is missing. Answers the lines made.
   */
  async carryOverYear(act: Act, year: number): Promise<{ carried: number; cutsApplied: number }> {
    return this.wf.run(async (m) => {
      const next = year + 1;
      const projects = (await m.query(
        `SELECT p.id, p.unit_id, u.code AS unit_code, p.region_id, p.fund_family, p.name, p.budget::text AS budget,
                p.is_key, p.is_specialised, p.purchase_of_services
           FROM project p JOIN unit u ON u.id = p.unit_id
          WHERE p.region_id = $1 AND p.year = $2 AND p.kind = 'RECURRING'
            AND NOT EXISTS (SELECT 1 FROM project n WHERE n.carried_over_from_id = p.id)
          ORDER BY p.code FOR UPDATE OF p`,
        [act.viewer.regionId, year],
      )) as {
        id: number;
        unit_id: number;
        unit_code: string;
        region_id: number;
        fund_family: string;
        name: string;
        budget: string;
        is_key: boolean;
        is_specialised: boolean;
        purchase_of_services: boolean;
      }[];
      for (const p of projects) {
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM project WHERE unit_id = $1 AND year = $2`, [
          p.unit_id,
          next,
        ]);
        const code = `${next}-${p.unit_code}-${String(n + 1).padStart(3, '0')}`;
        let newCode = code;
        for (let k = 2; ; k++) {
          const taken = await m.query(`SELECT 1 FROM project WHERE unit_id = $1 AND year = $2 AND code = $3`, [
            p.unit_id,
            next,
            newCode,
          ]);
          if (taken.length === 0) break;
          newCode = `${code}-${k}`;
        }
        const [row] = await m.query(
          `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, is_key, is_specialised, in_annual_budget,
                               budgeted_on, purchase_of_services, target_status, carried_over_from_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'RECURRING', $8, $9, TRUE, $12, $10, 'DRAFT', $11) RETURNING id`,
          [
            p.region_id,
            next,
            p.unit_id,
            p.fund_family,
            newCode,
            p.name,
            p.budget,
            p.is_key,
            p.is_specialised,
            p.purchase_of_services,
            p.id,
            `${next}-01-01`,
          ],
        );
        await m.query(
          `INSERT INTO project_indicator (project_id, template_id, level1, level2, name, comparator, target_value, target_text,
                                          unit_of_measure, weight, is_key)
           SELECT $2, template_id, level1, level2, name, comparator, target_value, target_text, unit_of_measure, weight, is_key
             FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL ORDER BY id`,
          [p.id, row.id],
        );
        await this.wf.record(m, act, 'CARRY_OVER', 'Project', row.id, null, {
          year: next,
          code: newCode,
          budget: p.budget,
          carriedOverFromId: p.id,
          targetStatus: 'DRAFT',
        });
      }
      const cutsApplied = await this.cuts.applyDecidedCuts(m, act);
      return { carried: projects.length, cutsApplied };
    });
  }
}
