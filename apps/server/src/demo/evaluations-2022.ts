import type { Grade } from '@jixiao/schema/enums';
import { finalGrade, selfEvaluationScore } from '../rules/evaluation.js';
import { proposedCut } from '../rules/result-application.js';
import { departmentEvaluationCoverage } from '../rules/coverage.js';
import { authenticitySampleSize, drawSample } from '../rules/authenticity.js';
import { countyId, DEMO_TARGETS, RULES, y, type DemoCounty, type PlannedProject } from './demo-context.js';
import type { FirstYears } from './first-years.js';
import { atRate, type MonitoredYear } from './monitor-year.js';
import { fundReviewed } from './project-rows.js';

/** The self-evaluation inputs (execution share, completion scores) that lead to each grade. */
export const BANDS: Record<
  Grade,
  { exec: [number, number]; out: [number, number]; ben: [number, number]; sat: [number, number] }
> = {
  EXCELLENT: { exec: [0.95, 1], out: [92, 100], ben: [88, 100], sat: [88, 99] },
  GOOD: { exec: [0.85, 1], out: [80, 93], ben: [74, 90], sat: [80, 95] },
  MEDIUM: { exec: [0.75, 0.95], out: [62, 80], ben: [55, 78], sat: [70, 90] },
  POOR: { exec: [0.7, 0.9], out: [35, 58], ben: [30, 55], sat: [55, 80] },
};

/**
 * The 2022 evaluations, done in 2023: self-evaluations (capped by unrectified flags, audit findings, misuse and
 * the authenticity veto), the authenticity sample, the cuts, department, key and unit-wide evaluations.
 */
export function evaluate2022(county: DemoCounty, { p2022, keyEvalProjects }: FirstYears, m22: MonitoredYear) {
  const t22 = DEMO_TARGETS.y2022;
  const redUnrectified = new Set(
    [...m22.open.values()].filter((f) => f.level === 'RED').map((f) => f.row.project_id as number),
  );
  // They were still open when the 2022 self-evaluations were made (hence the cap), and were rectified in
  // the autumn after: a 2022 flag is not left open for years.
  for (const flag of m22.open.values()) {
    if (flag.level !== 'RED') continue;
    flag.row.rectification_plan = '按评价意见整改，调整实施方案并加快资金拨付。';
    flag.row.evidence = '整改报告及资金支付凭证';
    flag.row.status = 'CLOSED';
    flag.row.closed_on = '2023-09-28';
    flag.row.closed_by_user_id = county.pesUserId;
    county.add('flag_event', {
      flag_id: flag.id,
      kind: 'CLOSED',
      level: 'RED',
      checkpoint_id: null,
      occurred_on: '2023-09-28',
      user_id: county.pesUserId,
      note: '自评扣分后完成整改，予以销号',
    });
  }
  const augExec22 = new Map(m22.augOutcomes.map((o) => [o.projectId, o.executed]));
  const selfIds = [...p2022].sort((a, b) => a.code.localeCompare(b.code)).map((p) => p.code);
  const authenticitySeed = '2022年度项目自评真实性核查';
  const drawn = drawSample(selfIds, authenticitySampleSize(selfIds.length, RULES.authenticity), authenticitySeed);
  const sample = new Set(drawn);
  const byCode = new Map(p2022.map((p) => [p.code, p]));
  const keyIds = new Set(keyEvalProjects.map((p) => p.id));
  const veto = [...sample].map((c) => byCode.get(c)!).find((p) => !redUnrectified.has(p.id) && !keyIds.has(p.id))!;
  const pool = county.rnd.shuffle(p2022.filter((p) => !redUnrectified.has(p.id) && p !== veto && !keyIds.has(p.id)));
  const misuse = pool.slice(0, 1);
  const audit = pool.slice(1, 4);
  const naturalMedium = pool.slice(4, 14);
  const naturalPoor = pool.slice(14, 22);
  const good = new Set(pool.slice(22, 82).map((p) => p.id));
  const intended = (p: PlannedProject): Grade =>
    naturalMedium.includes(p) ? 'MEDIUM' : naturalPoor.includes(p) ? 'POOR' : good.has(p.id) ? 'GOOD' : 'EXCELLENT';

  const grades22 = new Map<number, { grade: Grade; evaluationId: number }>();
  for (const p of p2022) {
    const band =
      BANDS[redUnrectified.has(p.id) || audit.includes(p) || p === veto || misuse.includes(p) ? 'GOOD' : intended(p)];
    const want = intended(p);
    const natural = !(redUnrectified.has(p.id) || audit.includes(p) || p === veto || misuse.includes(p));
    const floor = augExec22.get(p.id) ?? 0n;
    let chosen: { executed: bigint; out: string; ben: string; sat: string; score: string } | null = null;
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
        { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
        { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
      );
      if (!natural ? g.grade === 'GOOD' || g.grade === 'EXCELLENT' : g.grade === want) {
        chosen = {
          executed,
          out: input.outputCompletion,
          ben: input.benefitCompletion,
          sat: input.satisfactionCompletion,
          score,
        };
      }
    }
    if (!chosen) throw new Error(`demo: no self-evaluation inputs found for ${p.code}`);
    const facts = {
      score: chosen.score,
      auditFindings: audit.includes(p),
      majorMisuse: misuse.includes(p),
      failedCheckpointsUnrectified: redUnrectified.has(p.id) ? RULES.monitoring.failuresForRed : 0,
      authenticityFailed: p === veto,
    };
    const g = finalGrade(facts, { evaluation: RULES.evaluation, monitoring: RULES.monitoring });
    const evaluatedOn = `2023-03-${String(county.rnd.int(6, 20)).padStart(2, '0')}`;
    const evaluationId = county.add('evaluation', {
      year: 2022,
      kind: 'SELF',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(chosen.executed),
      output_completion: chosen.out,
      benefit_completion: chosen.ben,
      satisfaction_completion: chosen.sat,
      score: chosen.score,
      expert_score: null,
      audit_findings: facts.auditFindings,
      major_misuse: facts.majorMisuse,
      failed_checkpoints_unrectified: facts.failedCheckpointsUnrectified,
      authenticity_failed: sample.has(p.code) ? facts.authenticityFailed : null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}绩效自评表.xlsx`,
      evaluated_on: evaluatedOn,
      // Passed upward by the family's fund-owning section, then confirmed by the performance section.
      fund_reviewed_on: fundReviewed(p) ? evaluatedOn : null,
      confirmed_on: '2023-03-31',
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
    grades22.set(p.id, { grade: g.grade, evaluationId });
  }

  // The authenticity sample of the 2022 self-evaluations, recorded with its seed (anyone can redraw it).
  const sampleId = county.add('authenticity_sample', {
    region_id: countyId,
    year: 2022,
    seed: authenticitySeed,
    population: selfIds.length,
    drawn_by_user_id: county.pesUserId,
  });
  drawn.forEach((code, i) => {
    const p = byCode.get(code)!;
    county.add('authenticity_check', {
      sample_id: sampleId,
      evaluation_id: grades22.get(p.id)!.evaluationId,
      position: i + 1,
      result: p === veto ? 'FAILED' : 'PASSED',
      note: p === veto ? '自评材料与实际不符，一票否决' : '核查属实',
      checked_on: `2023-06-${String(10 + (i % 10)).padStart(2, '0')}`,
      version: 1,
    });
  });

  // Result application: 中 and 差 are notified and cut from the budget arranged after the evaluation (2024).
  for (const p of p2022) {
    const { grade, evaluationId } = grades22.get(p.id)!;
    if (grade !== 'MEDIUM' && grade !== 'POOR') continue;
    const cut = proposedCut({ grade, baseBudget: y(p.budget) }, RULES.resultApplication);
    const adjusted = p.unit.sector === 'civil' || p.unit.sector === 'social';
    const accepted = adjusted ? (p.budget * 5n) / 100n : BigInt(cut.cut.replace('.', ''));
    county.add('result_application', {
      evaluation_id: evaluationId,
      project_id: p.id,
      target_year: 2024,
      grade,
      base_budget: y(p.budget),
      cut_share: (cut.share!.numerator / cut.share!.denominator).toFixed(4),
      proposed_cut: cut.cut,
      accepted_cut: y(accepted),
      status: adjusted ? 'ADJUSTED' : 'ACCEPTED',
      reason: adjusted ? '民生保障刚性支出，按5%压减' : '按规则压减',
      notified: true,
      version: 1,
    });
  }

  // Department evaluations: per unit enough projects to cover ≥ 20% of its project budget, 90 in all.
  const excluded = new Set([...redUnrectified, ...audit.map((p) => p.id), veto.id, ...misuse.map((p) => p.id)]);
  const deptPicks: PlannedProject[] = [];
  const spare: PlannedProject[] = [];
  for (const u of county.units) {
    const mine = p2022.filter((p) => p.unit.id === u.id);
    const candidates = mine.filter((p) => !excluded.has(p.id)).sort((a, b) => (b.budget > a.budget ? 1 : -1));
    const picked: PlannedProject[] = [];
    for (const c of candidates) {
      const cov = departmentEvaluationCoverage(
        { unitProjectBudgets: mine.map((p) => y(p.budget)), selectedBudgets: picked.map((p) => y(p.budget)) },
        RULES.departmentEvaluation,
      );
      if (cov.meets && picked.length > 0) break;
      picked.push(c);
    }
    deptPicks.push(...picked);
    spare.push(...candidates.filter((c) => !picked.includes(c)));
  }
  deptPicks.push(...county.rnd.shuffle(spare).slice(0, t22.departmentEvaluations - deptPicks.length));
  if (deptPicks.length !== t22.departmentEvaluations)
    throw new Error(`demo: ${deptPicks.length} department evaluations`);
  const notExcellent = new Set(
    county.rnd
      .shuffle(deptPicks)
      .slice(0, t22.departmentEvaluations - t22.departmentExcellent)
      .map((p) => p.id),
  );
  let nonExcellentIdx = 0;
  for (const p of deptPicks) {
    const score = notExcellent.has(p.id)
      ? nonExcellentIdx++ < 6
        ? county.rnd.decimal(81, 89.5)
        : county.rnd.decimal(70, 79)
      : county.rnd.decimal(90.5, 98);
    const g = finalGrade(
      { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    county.add('evaluation', {
      year: 2022,
      kind: 'DEPARTMENT',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(augExec22.get(p.id) ?? p.budget),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score,
      expert_score: null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}部门评价报告.pdf`,
      evaluated_on: `2023-04-${String(county.rnd.int(8, 20)).padStart(2, '0')}`,
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
  }

  // Key evaluations by agencies: 10 projects, 5,532.6 万, 17 findings; the expert panel fixes three scores.
  const FINDINGS: [string, string, string][] = [
    ['目标管理', '绩效目标设置不够细化，部分指标无法量化考核', '按照指标体系细化量化产出和效益指标'],
    ['资金管理', '资金支付进度滞后于项目实施进度', '建立用款计划台账，按月调度支付进度'],
    ['项目管理', '政府采购程序执行不规范，部分合同签订滞后', '严格执行政府采购制度，规范合同管理'],
    ['项目管理', '项目档案资料不完整，过程资料缺失', '建立项目全过程档案管理制度'],
    ['资金管理', '部分资金未按规定用途使用', '收回违规资金，追究相关责任'],
    ['效益评价', '满意度调查样本量不足，结果代表性不强', '扩大调查样本，引入第三方开展调查'],
    ['项目管理', '项目竣工验收不及时', '督促施工单位按期组织竣工验收'],
    ['财务管理', '会计核算不规范，未实行专账核算', '按项目单独设账核算'],
    ['自评质量', '绩效自评结果偏高，与实际完成情况不符', '如实开展绩效自评，加强自评复核'],
    ['资产管理', '形成的资产未及时登记入账', '及时办理资产登记，纳入资产管理'],
    ['资金管理', '配套资金未及时足额到位', '统筹落实配套资金'],
    ['长效机制', '后续运维管理机制不健全', '明确运维主体，落实运维经费'],
  ];
  const keyAgencies = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4];
  const keyScores = ['93.50', '91.20', '88.60', '86.00', '84.30', '90.80', '79.50', '87.70', '92.40', '76.80'];
  const expert = new Map<number, string>([
    [2, '89.10'],
    [6, '78.00'],
    [9, '75.50'],
  ]);
  let findingIdx = 0;
  keyEvalProjects.forEach((p, i) => {
    const finalScore = expert.get(i) ?? keyScores[i]!;
    const g = finalGrade(
      {
        score: finalScore,
        auditFindings: false,
        majorMisuse: false,
        failedCheckpointsUnrectified: 0,
        authenticityFailed: false,
      },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    const evaluationId = county.add('evaluation', {
      year: 2022,
      kind: 'KEY',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: county.agencies[keyAgencies[i]!]!.id,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(augExec22.get(p.id) ?? p.budget),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score: keyScores[i],
      expert_score: expert.get(i) ?? null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}重点绩效评价报告.pdf`,
      evaluated_on: `2023-07-${String(county.rnd.int(3, 18)).padStart(2, '0')}`,
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
    for (let f = 0; f < t22.keyFindings[i]!; f++) {
      const [category, text, suggestion] = FINDINGS[findingIdx++ % FINDINGS.length]!;
      county.add('evaluation_finding', { evaluation_id: evaluationId, category, text, suggestion, upheld: true });
    }
  });

  // Unit-wide evaluations: every unit but the classified ones; one graded 良.
  const openUnits = county.units.filter((u) => !u.classified);
  const goodUnit = county.rnd.pick(openUnits).id;
  for (const u of openUnits) {
    const mine = p2022.filter((p) => p.unit.id === u.id);
    const budget = mine.reduce((a, p) => a + p.budget, 0n);
    const executed = mine.reduce((a, p) => a + (augExec22.get(p.id) ?? 0n), 0n);
    const score = u.id === goodUnit ? county.rnd.decimal(85, 89.5) : county.rnd.decimal(90.5, 97.5);
    const g = finalGrade(
      { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    county.add('evaluation', {
      year: 2022,
      kind: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(budget),
      executed: y(executed),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score,
      expert_score: null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${u.name}2022年度部门整体支出绩效自评报告.pdf`,
      evaluated_on: '2023-04-18',
      version: 1,
      published_on: '2023-08-15',
    });
  }
}
