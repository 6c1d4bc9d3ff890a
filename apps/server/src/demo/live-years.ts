import type { Grade } from '@jixiao/schema/enums';
import { finalGrade, selfEvaluationScore } from '../rules/evaluation.js';
import { proposedCut } from '../rules/result-application.js';
import { RULES, y, type DemoCounty, type PlannedProject } from './demo-context.js';
import { BANDS } from './evaluations-2022.js';
import { atRate, monitorYear, type MonitoredYear } from './monitor-year.js';
import { rectifyAndClose } from './monitoring.js';
import { nextYearTargets } from './next-year-targets.js';
import { planBatch, planIndicators } from './project-plan.js';
import { writeProjects, writeTransferPayments } from './project-rows.js';
import { Random } from './random.js';

/**
 * The years after 2023 on a today after 2024: 2024's projects budgeted after May, the years up to today's
 * with their projects, monitored at every checkpoint the calendar has passed; today's year in progress.
 * 2023's flags still open after its August checkpoint are rectified in the spring after.
 */
export function liveYears(county: DemoCounty, p2024: PlannedProject[], open2023: MonitoredYear['open']) {
  county.rnd = new Random('jixiao-demo-county-尉犁县-live');
  county.transferBatch = '（第二批）';
  const added = new Map<number, PlannedProject[]>();
  added.set(2024, planBatch(county, 2024, 64, 126_412_530_00n, 'afterMay'));
  for (let year = 2025; year <= county.liveYear; year++) {
    const k = BigInt(year - 2024);
    const n = year - 2024;
    const afterMay = year < county.liveYear || county.today >= `${year}-07-01`;
    added.set(year, [
      ...planBatch(county, year, 100 + 2 * n, 402_650_380_00n + k * 21_384_517_36n, 'annual'),
      ...planBatch(county, year, 18 + n, 61_204_775_00n + k * 3_118_402_55n, 'beforeMay'),
      ...(afterMay ? planBatch(county, year, 72 + 3 * n, 152_530_118_40n + k * 9_204_331_17n, 'afterMay') : []),
    ]);
  }
  for (const list of added.values()) {
    // Nothing is budgeted after today.
    for (const p of list) if (p.budgetedOn > county.today) p.budgetedOn = county.today;
    const sorted = [...list].sort((a, b) => (b.budget > a.budget ? 1 : b.budget < a.budget ? -1 : 0));
    for (const p of sorted.slice(0, Math.round(list.length / 10))) p.isKey = true;
    for (const p of list) planIndicators(county, p);
    for (const p of list) county.unitOfProject.set(p.id, p.unit.id);
  }
  writeTransferPayments(county);
  for (const list of added.values()) writeProjects(county, list);
  p2024.push(...added.get(2024)!);
  added.set(2024, p2024);

  const monitored = new Map<number, Map<number, bigint>>();
  for (const [year, list] of added) {
    const inMay = list.filter((p) => p.budgetedOn <= `${year}-05-31`).length;
    let yellow = 0;
    const m = monitorYear(county, year, list, {
      mayFailures: Math.round(inMay * 0.2),
      mayIndicatorFailures: 5,
      augEscalated: 3,
      augFirstYellow: 14,
      augIndicatorFailures: 3,
      closeAfterMay: 'allButEscalated',
      // A past year's flags are all rectified by its end; today's year keeps some open (live work).
      closeAfterAug: (level) =>
        year < county.liveYear
          ? level === 'RED'
            ? `${year}-11-25`
            : `${year}-10-20`
          : level === 'YELLOW' && yellow++ % 3 === 0
            ? `${year}-10-20`
            : null,
    });
    if (m) monitored.set(year, new Map(m.augOutcomes.map((o) => [o.projectId, o.executed])));
  }

  // Each complete year's projects are self-evaluated by 20 March of the year after; 中 and 差 are cut from the
  // budget arranged in the autumn after: decided for the years already budgeted, proposed for the one in preparation.
  for (const [year, list] of added) {
    if (year >= county.liveYear || county.today < `${year + 1}-04-01`) continue;
    selfEvaluations(
      county,
      year,
      list,
      monitored.get(year) ?? new Map(),
      year + 2 > county.liveYear ? 'PROPOSED' : 'ACCEPTED',
    );
  }

  if (county.preparing) nextYearTargets(county, county.liveYear + 1);

  // 2023's flags left open at its August checkpoint: rectified in the spring of 2024 (after the self-evaluation).
  let i = 0;
  for (const flag of open2023.values()) {
    const plannedOn = `2024-03-${String(4 + (i % 20)).padStart(2, '0')}`;
    const closedOn = `2024-04-${String(8 + (i % 20)).padStart(2, '0')}`;
    i++;
    rectifyAndClose(county, flag, {
      plan: '按监控意见调整实施计划，加快资金拨付和项目建设进度。',
      evidence: '整改报告、资金支付凭证及验收资料',
      plannedOn,
      closedOn,
    });
  }
}

export function selfEvaluations(
  county: DemoCounty,
  year: number,
  list: PlannedProject[],
  augExec: Map<number, bigint>,
  cuts: 'PROPOSED' | 'ACCEPTED',
) {
  const order = county.rnd.shuffle(list);
  const want = new Map<number, Grade>(
    order.map((p, i) => [
      p.id,
      i < list.length * 0.05
        ? 'MEDIUM'
        : i < list.length * 0.08
          ? 'POOR'
          : i < list.length * 0.4
            ? 'GOOD'
            : 'EXCELLENT',
    ]),
  );
  for (const p of list) {
    const grade = want.get(p.id)!;
    const band = BANDS[grade];
    const floor = augExec.get(p.id) ?? 0n;
    let chosen: { executed: bigint; out: string; ben: string; sat: string; score: string; grade: Grade } | null = null;
    for (let attempt = 0; attempt < 500 && !chosen; attempt++) {
      let executed = atRate(p.budget, county.rnd.between(...band.exec));
      if (executed < floor) executed = floor;
      const input = {
        budget: y(p.budget),
        executed: y(executed),
        outputCompletion: county.rnd.decimal(...band.out),
        benefitCompletion: county.rnd.decimal(...band.ben),
        satisfactionCompletion: county.rnd.decimal(...band.sat),
      };
      const { score } = selfEvaluationScore(input, RULES.evaluation);
      const g = finalGrade(
        {
          score,
          auditFindings: false,
          majorMisuse: false,
          failedCheckpointsUnrectified: 0,
          authenticityFailed: false,
        },
        { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
      );
      if (g.grade === grade || attempt === 499) {
        chosen = {
          executed,
          out: input.outputCompletion,
          ben: input.benefitCompletion,
          sat: input.satisfactionCompletion,
          score,
          grade: g.grade,
        };
      }
    }
    const g = finalGrade(
      {
        score: chosen!.score,
        auditFindings: false,
        majorMisuse: false,
        failedCheckpointsUnrectified: 0,
        authenticityFailed: false,
      },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    const evaluationId = county.add('evaluation', {
      year,
      kind: 'SELF',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(chosen!.executed),
      output_completion: chosen!.out,
      benefit_completion: chosen!.ben,
      satisfaction_completion: chosen!.sat,
      score: chosen!.score,
      expert_score: null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}绩效自评表.xlsx`,
      evaluated_on: `${year + 1}-03-${String(county.rnd.int(6, 20)).padStart(2, '0')}`,
      version: 1,
      published_on: p.unit.classified || county.today < `${year + 1}-08-15` ? null : `${year + 1}-08-15`,
    });
    if (g.grade !== 'MEDIUM' && g.grade !== 'POOR') continue;
    const cut = proposedCut({ grade: g.grade, baseBudget: y(p.budget) }, RULES.resultApplication);
    county.add('result_application', {
      evaluation_id: evaluationId,
      project_id: p.id,
      target_year: year + 2,
      grade: g.grade,
      base_budget: y(p.budget),
      cut_share: (cut.share!.numerator / cut.share!.denominator).toFixed(4),
      proposed_cut: cut.cut,
      accepted_cut: cuts === 'ACCEPTED' ? cut.cut : null,
      status: cuts,
      reason: cuts === 'ACCEPTED' ? '按规则压减' : '',
      notified: true,
      version: 1,
    });
  }
}
