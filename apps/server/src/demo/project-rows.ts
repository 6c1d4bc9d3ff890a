import { SECTIONS } from './county-actors.js';
import { transferSplitCheck } from '../rules/coverage.js';
import { splitExactly } from './random.js';
import { countyId, laterOf, y, type DemoCounty, type PlannedProject } from './demo-context.js';

// Writing planned projects: their transfer payments, the project rows with their targets and reviews.

// Transfer payments: each project carries a split of the upper level's first output target.
export function writeTransferPayments(county: DemoCounty) {
  for (const tp of county.transferPayments.values()) {
    if (county.writtenTransfers.has(tp.id)) continue;
    county.writtenTransfers.add(tp.id);
    const amount = tp.projects.reduce((a, p) => a + p.budget, 0n);
    const upperTarget = tp.projects.length * 120;
    const splits = splitExactly(
      BigInt(upperTarget),
      tp.projects.map((p) => Number(p.budget)),
      1n,
    );
    const check = transferSplitCheck({
      upperValue: `${upperTarget}.00`,
      splitValues: splits.map((s) => `${s}.00`),
    });
    if (!check.ok) throw new Error(`demo: transfer split of ${tp.name} does not county.add up (${check.difference})`);
    county.add('transfer_payment', {
      id: tp.id,
      region_id: countyId,
      year: tp.year,
      document_no: `新财预〔${tp.year - 1}〕${100 + tp.id}号`,
      name: `${tp.year}年${tp.name}`,
      amount: y(amount),
    });
    county.add('transfer_payment_indicator', {
      id: tp.indicatorId,
      transfer_payment_id: tp.id,
      level1: 'OUTPUT',
      level2: '数量指标',
      name: '资金覆盖项目受益对象数',
      comparator: 'GE',
      target_value: `${upperTarget}`,
      unit_of_measure: '人次',
    });
    tp.projects.forEach((p, i) => {
      p.indicators.push({
        id: county.nextId('project_indicator'),
        template: null,
        level1: 'OUTPUT',
        level2: '数量指标',
        name: '资金覆盖项目受益对象数',
        comparator: 'GE',
        target: String(splits[i]),
        targetText: null,
        unitOfMeasure: '人次',
        weight: '0.00',
        isKey: false,
        transferIndicatorId: tp.indicatorId,
      });
    });
  }
}

// The fund-owning sections (社保科, 企业科, 债务科, 乡财科) reviewed and passed upward (审核上报) their families'
// targets and reports before the performance section confirmed them; a classified unit's are out of their sight.
export const ownedFamilies = new Set(
  SECTIONS.flatMap((s) => (s.kind === 'FUND' && s.ownedFundFamily ? [s.ownedFundFamily] : [])),
);
export const fundReviewed = (p: PlannedProject) => ownedFamilies.has(p.fundFamily) && !p.unit.classified;
export function writeProjects(county: DemoCounty, list: PlannedProject[]) {
  for (const p of list) {
    county.add('project', {
      id: p.id,
      region_id: countyId,
      year: p.year,
      unit_id: p.unit.id,
      fund_family: p.fundFamily,
      code: p.code,
      name: p.name,
      budget: y(p.budget),
      kind: p.kind,
      is_key: p.isKey,
      in_annual_budget: p.inAnnualBudget,
      budgeted_on: p.budgetedOn,
      purchase_of_services: p.purchaseOfServices,
      transfer_payment_id: p.transferPaymentId,
      target_status: 'APPROVED',
      targets_fund_reviewed_on: fundReviewed(p) ? p.budgetedOn : null,
      version: 1,
      // Targets go public with the budget (信息公开), except a classified unit's.
      // (a project budgeted later in the year, the day it is budgeted).
      targets_published_on: p.unit.classified
        ? null
        : laterOf(`${p.year}-02-${String(10 + (p.id % 10)).padStart(2, '0')}`, p.budgetedOn),
    });
    writeIndicators(county, p);
    const first = p.inAnnualBudget
      ? `${p.year - 1}-11-${String(county.rnd.int(10, 28)).padStart(2, '0')}`
      : p.budgetedOn;
    county.add('target_review', {
      year: p.year,
      subject: 'PROJECT',
      project_id: p.id,
      unit_id: p.unit.id,
      stage: 'BUSINESS_FIRST',
      outcome: 'APPROVED',
      issue_count: 0,
      score: null,
      comment: '初审通过',
      reviewer_user_id: null,
      reviewed_on: first,
    });
    county.add('target_review', {
      year: p.year,
      subject: 'PROJECT',
      project_id: p.id,
      unit_id: p.unit.id,
      stage: 'PERFORMANCE',
      outcome: 'APPROVED',
      issue_count: 0,
      score: county.rnd.decimal(80, 98),
      comment: '审核通过',
      reviewer_user_id: county.pesUserId,
      reviewed_on: first,
    });
  }
}

/** A project's targets (project_indicator rows), as planned. */
export function writeIndicators(county: DemoCounty, p: PlannedProject) {
  for (const ind of p.indicators) {
    county.add('project_indicator', {
      id: ind.id,
      project_id: p.id,
      template_id: ind.template?.id ?? null,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      comparator: ind.comparator,
      target_value: ind.target,
      target_text: ind.targetText,
      unit_of_measure: ind.unitOfMeasure,
      weight: ind.weight,
      is_key: ind.isKey,
      transfer_indicator_id: ind.transferIndicatorId,
    });
  }
}
