import { SECTIONS } from './county-actors.js';
import { countyId, laterOf, y, type DemoCounty, type PlannedProject } from './demo-context.js';
import { planBatch, planIndicators } from './project-plan.js';
import { fundReviewed, ownedFamilies, writeIndicators, writeTransferPayments } from './project-rows.js';

/**
 * Budget preparation for next year (from mid-October): every unit has drafted its projects' targets; some are
 * submitted, first-reviewed by the business section or approved, some returned; the new projects' ex-ante
 * assessments are on their way, a few with an agency. Budgeted on 1 January, nothing is monitored yet.
 */
export function nextYearTargets(county: DemoCounty, year: number) {
  const list = planBatch(county, year, 120, 452_318_904_00n, 'annual', [], 1);
  const firstOfUnit = new Set<number>();
  for (const p of list) {
    p.budgetedOn = `${year}-01-01`;
    if (county.rnd.next() < 0.12) p.kind = 'NEW';
    planIndicators(county, p);
    county.unitOfProject.set(p.id, p.unit.id);
  }
  writeTransferPayments(county);
  const seen = new Set<number>();
  for (const p of list) {
    if (seen.has(p.unit.id)) continue;
    seen.add(p.unit.id);
    firstOfUnit.add(p.id);
  }
  const notAfterToday = (d: string) => (d > county.today ? county.today : d);
  const submittedOn = (p: PlannedProject) => notAfterToday(`${year - 1}-10-${String(16 + (p.id % 10))}`);
  const statusOf = new Map<number, string>();
  const fundPending = new Set<number>();
  for (const p of list) {
    // The first project of each unit is still a draft: every unit has targets to finish.
    const r = county.rnd.next();
    statusOf.set(
      p.id,
      firstOfUnit.has(p.id)
        ? 'DRAFT'
        : r < 0.3
          ? 'SUBMITTED'
          : r < 0.7
            ? 'FIRST_REVIEWED'
            : r < 0.78
              ? 'RETURNED'
              : r < 0.9
                ? 'APPROVED'
                : 'DRAFT',
    );
  }
  // Every fund-owning section has a family's targets waiting for its review, every business section a unit's
  // targets to review first, every agency an assessment.
  const spare = county.rnd.shuffle(
    list.filter((p) => !firstOfUnit.has(p.id) && !p.unit.classified && !p.transferPaymentId),
  );
  const agencyOf = new Map<number, (typeof county.agencies)[number]>();
  for (const family of ownedFamilies) {
    const p = spare.find((q) => q.fundFamily === family) ?? spare.find((q) => q.fundFamily === 'GENERAL_PUBLIC')!;
    spare.splice(spare.indexOf(p), 1);
    p.fundFamily = family;
    statusOf.set(p.id, 'FIRST_REVIEWED');
    fundPending.add(p.id);
  }
  for (const section of SECTIONS.filter((x) => x.kind === 'BUSINESS')) {
    const p = spare.find((q) => q.unit.section === section.code);
    if (!p) continue;
    spare.splice(spare.indexOf(p), 1);
    statusOf.set(p.id, 'SUBMITTED');
  }
  for (const a of county.agencies) {
    const p = spare.shift()!;
    p.kind = 'NEW';
    statusOf.set(p.id, 'FIRST_REVIEWED');
    agencyOf.set(p.id, a);
  }
  for (const p of list) {
    const status = statusOf.get(p.id)!;
    const on = submittedOn(p);
    county.add('project', {
      id: p.id,
      region_id: countyId,
      year,
      unit_id: p.unit.id,
      fund_family: p.fundFamily,
      code: p.code,
      name: p.name,
      budget: y(p.budget),
      kind: p.kind,
      is_key: p.isKey,
      in_annual_budget: true,
      budgeted_on: p.budgetedOn,
      purchase_of_services: p.purchaseOfServices,
      transfer_payment_id: p.transferPaymentId,
      target_status: status,
      // Half the fund-owned ones first-reviewed are through the fund section's review, the rest wait for it.
      targets_fund_reviewed_on:
        fundReviewed(p) && (status === 'APPROVED' || (status === 'FIRST_REVIEWED' && !fundPending.has(p.id)))
          ? on
          : null,
      version: 1,
      targets_published_on: null,
    });
    writeIndicators(county, p);
    const review = (stage: string, outcome: string, comment: string) =>
      county.add('target_review', {
        year,
        subject: 'PROJECT',
        project_id: p.id,
        unit_id: p.unit.id,
        stage,
        outcome,
        issue_count: outcome === 'RETURNED' ? 2 : 0,
        score:
          stage === 'PERFORMANCE'
            ? county.rnd.decimal(outcome === 'RETURNED' ? 60 : 80, outcome === 'RETURNED' ? 75 : 96)
            : null,
        comment,
        reviewer_user_id: stage === 'PERFORMANCE' ? county.pesUserId : null,
        reviewed_on: notAfterToday(laterOf(on, `${year - 1}-10-28`)),
      });
    if (['FIRST_REVIEWED', 'RETURNED', 'APPROVED'].includes(status)) review('BUSINESS_FIRST', 'APPROVED', '初审通过');
    if (status === 'RETURNED') review('PERFORMANCE', 'RETURNED', '退回修改：部分指标无具体数值；指标值偏低、易于完成');
    if (status === 'APPROVED') review('PERFORMANCE', 'APPROVED', '审核通过');
    if (p.kind === 'NEW' && status !== 'DRAFT') {
      // A new project's ex-ante assessment goes with its targets; the larger ones go to an agency.
      const agency = agencyOf.get(p.id) ?? null;
      county.add('ex_ante_assessment', {
        project_id: p.id,
        necessity: '项目符合县委县政府年度重点工作部署，群众需求迫切。',
        feasibility: '实施方案已编制，场地与人员正在落实。',
        target_reasonableness: '绩效目标与资金规模基本匹配，指标可衡量。',
        funding_plan: `申请县级财政资金${y(p.budget)}元，${year}年安排。`,
        attachment_names: JSON.stringify(['事前绩效评估报告.pdf', '项目实施方案.docx']),
        section_opinion: status === 'SUBMITTED' ? null : '经初审，项目必要性充分，同意报送绩效科审核。',
        pes_score: status === 'APPROVED' ? county.rnd.decimal(80, 92) : null,
        conclusion: status === 'APPROVED' ? 'SUPPORT' : null,
        agency_id: agency?.id ?? null,
        agency_conclusion: null,
        agency_sent_on: agency ? notAfterToday(laterOf(on, `${year - 1}-10-28`)) : null,
        status:
          status === 'SUBMITTED'
            ? 'SUBMITTED'
            : status === 'APPROVED'
              ? 'CONCLUDED'
              : agency
                ? 'AGENCY_REVIEW'
                : 'FIRST_REVIEWED',
        submitted_on: on,
        concluded_on: status === 'APPROVED' ? notAfterToday(laterOf(on, `${year - 1}-11-10`)) : null,
        version: 1,
      });
    }
  }
}
