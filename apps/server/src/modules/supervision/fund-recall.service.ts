import type { EntityManager } from 'typeorm';
import { formatYuan, parseYuan } from '../../rules/money.js';
import { projectRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { FUND_RECALL_REASONS, type FundRecallReason } from './fund-recall.entity.js';

/**
 * What can still be recalled from a project: its budget less every recall proposed or decided (a rejected one
 * recalls nothing; a decided one counts its decided amount). Summed in SQL, exact to the fen.
 */
async function recallable(m: EntityManager, projectId: number, budget: string): Promise<bigint> {
  const [{ held }] = await m.query(
    `SELECT COALESCE(sum(CASE status WHEN 'DECIDED' THEN decided_amount WHEN 'PROPOSED' THEN proposed_amount ELSE 0 END), 0)::text AS held
       FROM fund_recall WHERE project_id = $1`,
    [projectId],
  );
  return parseYuan(budget, 'budget') - parseYuan(held, 'held');
}

/** Fund recalls (资金收回): the performance section proposes, the budget section decides; apart from the cuts. */
export class FundRecallService {
  constructor(private readonly wf: Workflow) {}

  async propose(act: Act, projectId: number, reason: string, amount: string | null, note: string): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{ id: number; budget: string; version: number }>(
        m,
        act,
        projectId,
        'p.id, p.budget::text AS budget',
      );
      if (!(FUND_RECALL_REASONS as readonly string[]).includes(reason))
        throw badInput('reason', '须为真实性核查否决或闲置资金', 'must be AUTHENTICITY_VETO or IDLE_FUNDS');
      if (reason === 'AUTHENTICITY_VETO') {
        const [failed] = await m.query(
          `SELECT 1 FROM evaluation WHERE project_id = $1 AND authenticity_failed LIMIT 1`,
          [p.id],
        );
        if (!failed)
          throw badInput('reason', '该项目没有未通过的真实性核查', 'this project has not failed an authenticity check');
      } else if (!note.trim()) {
        throw badInput('note', '闲置资金须说明情况', 'describe the idle funds');
      }
      const left = await recallable(m, p.id, p.budget);
      if (amount === null && reason === 'IDLE_FUNDS')
        throw badInput('amount', '须填写收回金额', 'give the amount to recall');
      const value = amount === null ? left : parseYuan(amount, 'amount');
      if (value <= 0n) {
        throw left <= 0n
          ? badInput('amount', '该项目已无可收回的资金', 'nothing is left to recall from this project')
          : badInput('amount', '须大于0', 'must be more than 0');
      }
      if (value > left)
        throw badInput(
          'amount',
          `超过可收回金额 ${formatYuan(left)} 元（预算减去已建议或已决定收回的金额）`,
          `above what can be recalled: ${formatYuan(left)} yuan (the budget less recalls proposed or decided)`,
        );
      const [row] = await m.query(
        `INSERT INTO fund_recall (project_id, reason, proposed_amount, proposal_note, proposed_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [p.id, reason as FundRecallReason, formatYuan(value), note.trim(), today()],
      );
      await this.wf.record(m, act, 'PROPOSE', 'FundRecall', row.id, null, {
        projectId,
        reason,
        proposedAmount: formatYuan(value),
        note: note.trim(),
      });
      return row.id as number;
    });
  }

  /** The budget section decides: recall the proposed amount or less (with a reason), or reject it (with a reason). */
  async decide(
    act: Act,
    id: number,
    approve: boolean,
    amount: string | null,
    note: string,
    version: number,
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const r = await this.wf.lock<{
        id: number;
        project_id: number;
        status: 'PROPOSED' | 'DECIDED' | 'REJECTED';
        proposed_amount: string;
        version: number;
      }>(
        m,
        '资金收回',
        id,
        (q) => `SELECT r.id, r.project_id, r.status, r.proposed_amount::text AS proposed_amount, r.version
                  FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
                 WHERE r.id = $1 AND ${projectRows(act.viewer, q)}`,
        'r',
      );
      await this.wf.checkStandIn(m, act, r.project_id, { zh: '资金收回决定', en: 'decision on fund recalls' });
      checkVersion('资金收回', r.version, version);
      checkState('资金收回', r.status, ['PROPOSED'], '决定收回');
      const proposed = parseYuan(r.proposed_amount, 'proposedAmount');
      let decided: string | null = null;
      if (approve) {
        const value = amount === null ? proposed : parseYuan(amount, 'amount');
        if (value <= 0n)
          throw badInput('amount', '须大于0；不收回请选择不予采纳', 'must be more than 0; reject instead');
        if (value > proposed)
          throw badInput(
            'amount',
            `不能超过建议收回金额 ${r.proposed_amount} 元`,
            `cannot exceed the proposed ${r.proposed_amount} yuan`,
          );
        if (value !== proposed && !note.trim())
          throw badInput('note', '调整收回金额须说明理由', 'an adjusted amount needs a reason');
        decided = formatYuan(value);
      } else if (!note.trim()) {
        throw badInput('note', '不予采纳须说明理由', 'a rejection needs a reason');
      }
      const status = approve ? 'DECIDED' : 'REJECTED';
      await m.query(
        `UPDATE fund_recall SET status = $2, decided_amount = $3, decision_note = $4, decided_on = $5, version = version + 1 WHERE id = $1`,
        [r.id, status, decided, note.trim(), today()],
      );
      await this.wf.record(
        m,
        act,
        'DECIDE',
        'FundRecall',
        r.id,
        { status: r.status, proposedAmount: r.proposed_amount },
        { status, decidedAmount: decided, note: note.trim() },
      );
      return r.id;
    });
  }
}
