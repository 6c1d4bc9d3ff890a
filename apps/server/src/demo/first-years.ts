import type { FundFamily } from '@jixiao/schema/enums';
import { splitExactly } from './random.js';
import { DEMO_TARGETS, y, type DemoCounty, type PlannedProject } from './demo-context.js';
import { planBatch, planIndicators } from './project-plan.js';
import { writeProjects, writeTransferPayments } from './project-rows.js';

export interface FirstYears {
  p2022: PlannedProject[];
  p2023: PlannedProject[];
  p2024: PlannedProject[];
  /** The ten 2022 projects evaluated by agencies. */
  keyEvalProjects: PlannedProject[];
}

/**
 * The projects of 2022, 2023 and 2024 (up to May) with their targets, the 2023 ex-ante assessments and the
 * review of the 2023 unit-wide targets.
 */
export function planFirstYears(county: DemoCounty): FirstYears {
  // 2022: the key-evaluation projects have fixed budgets adding up to 5,532.6 万.
  const t22 = DEMO_TARGETS.y2022;
  const keyFamilies: FundFamily[] = [
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GOVERNMENT_FUND',
    'GOVERNMENT_FUND',
    'SPECIAL_BOND',
    'SPECIAL_BOND',
    'TRANSFER_PAYMENT',
    'RURAL_REVITALIZATION',
  ];
  const keyBudgets = splitExactly(t22.keyEvaluation, [0.9, 0.6, 0.45, 0.5, 0.8, 0.55, 1.9, 1.4, 0.7, 0.65], 100000n);
  const p2022 = [
    ...planBatch(
      county,
      2022,
      t22.annual.count,
      t22.annual.fen,
      'annual',
      keyBudgets.map((b, i) => ({ budget: b, family: keyFamilies[i], isKey: true, purchase: i === 3 })),
    ),
    ...planBatch(county, 2022, t22.midBeforeMay.count, t22.midBeforeMay.fen, 'beforeMay'),
    ...planBatch(county, 2022, t22.midAfterMay.count, t22.midAfterMay.fen, 'afterMay'),
  ];
  const keyEvalProjects = p2022.slice(0, 10);

  const t23 = DEMO_TARGETS.y2023;
  const p2023 = [
    ...planBatch(
      county,
      2023,
      t23.annual.count,
      t23.annual.fen,
      'annual',
      t23.exAnte.map((b) => ({ budget: b, kind: 'NEW' as const, family: 'GENERAL_PUBLIC' as FundFamily })),
    ),
    ...planBatch(county, 2023, t23.midBeforeMay.count, t23.midBeforeMay.fen, 'beforeMay'),
    ...planBatch(county, 2023, t23.midAfterMay.count, t23.midAfterMay.fen, 'afterMay'),
  ];
  const t24 = DEMO_TARGETS.y2024;
  const p2024 = [
    ...planBatch(county, 2024, t24.annual.count, t24.annual.fen, 'annual'),
    ...planBatch(county, 2024, t24.midBeforeMay.count, t24.midBeforeMay.fen, 'beforeMay'),
  ];
  county.projectsByYear.set(2022, p2022);
  county.projectsByYear.set(2023, p2023);
  county.projectsByYear.set(2024, p2024);

  for (const list of county.projectsByYear.values()) {
    // Key projects: the largest tenth of each year (plus the key-evaluation ones).
    const sorted = [...list].sort((a, b) => (b.budget > a.budget ? 1 : b.budget < a.budget ? -1 : 0));
    for (const p of sorted.slice(0, Math.round(list.length / 10))) p.isKey = true;
    for (const p of list) planIndicators(county, p);
  }

  // Transfer payments: each project carries a split of the upper level's first output target.
  writeTransferPayments(county);
  for (const [, list] of county.projectsByYear) writeProjects(county, list);

  // Ex-ante assessments of the two new 2023 projects (36.56 万).
  for (const [i, p] of p2023.filter((p) => p.kind === 'NEW').entries()) {
    county.add('ex_ante_assessment', {
      project_id: p.id,
      necessity: '项目符合县委县政府年度重点工作部署，群众需求迫切。',
      feasibility: '实施方案成熟，场地与人员已落实。',
      target_reasonableness: '绩效目标与资金规模匹配，指标可衡量。',
      funding_plan: `申请县级财政资金${y(p.budget)}元，年内一次性安排。`,
      attachment_names: JSON.stringify(['事前绩效评估报告.pdf', '项目实施方案.docx']),
      section_opinion: '经初审，项目必要性充分，同意报送绩效科审核。',
      pes_score: ['88.50', '84.00'][i],
      conclusion: 'SUPPORT',
      agency_id: null,
      agency_conclusion: null,
      agency_sent_on: null,
      status: 'CONCLUDED',
      submitted_on: '2022-11-08',
      concluded_on: '2022-12-02',
      version: 1,
    });
  }

  // Unit-wide targets of 2023: 58 units reviewed, 36 returned with 70 issues, all approved in the end.
  const returned = new Set(county.rnd.shuffle(county.units.map((u) => u.id)).slice(0, t23.unitWideReturned));
  const issueCounts = splitExactly(
    BigInt(t23.unitWideIssues - t23.unitWideReturned),
    [...returned].map(() => county.rnd.next()),
    1n,
  ).map((n) => Number(n) + 1);
  let returnedIdx = 0;
  for (const u of county.units) {
    county.add('target_review', {
      year: 2023,
      subject: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      stage: 'BUSINESS_FIRST',
      outcome: 'APPROVED',
      issue_count: 0,
      score: null,
      comment: '初审通过',
      reviewer_user_id: null,
      reviewed_on: '2023-02-20',
    });
    if (returned.has(u.id)) {
      const issues = issueCounts[returnedIdx++]!;
      county.add('target_review', {
        year: 2023,
        subject: 'UNIT_WIDE',
        project_id: null,
        unit_id: u.id,
        stage: 'PERFORMANCE',
        outcome: 'RETURNED',
        issue_count: issues,
        score: county.rnd.decimal(62, 78),
        comment: `退回修改：${['部分指标无具体数值', '产出指标与职能不匹配', '满意度指标缺失', '指标值偏低、易于完成'].slice(0, Math.min(4, issues)).join('；')}`,
        reviewer_user_id: county.pesUserId,
        reviewed_on: '2023-03-06',
      });
    }
    county.add('target_review', {
      year: 2023,
      subject: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      stage: 'PERFORMANCE',
      outcome: 'APPROVED',
      issue_count: 0,
      score: county.rnd.decimal(82, 97),
      comment: '审核通过',
      reviewer_user_id: county.pesUserId,
      reviewed_on: returned.has(u.id) ? '2023-03-24' : '2023-03-06',
    });
  }

  for (const list of county.projectsByYear.values()) for (const p of list) county.unitOfProject.set(p.id, p.unit.id);
  return { p2022, p2023, p2024, keyEvalProjects };
}
