import type { EntityManager } from 'typeorm';
import { parseYuan, formatYuan } from '../../rules/money.js';
import { nextFlagAction, rectificationDeadline } from '../../rules/monitoring.js';
import { today, type Act, type Workflow } from '../workflow/index.js';

/** The flag a verdict leads to by the year's rules: raised yellow, raised or escalated red, or none. */
export async function applyFlagRules(
  wf: Workflow,
  m: EntityManager,
  act: Act,
  r: {
    project_id: number;
    checkpoint_id: number;
    period_end: string;
    report_due: string;
    budget: string;
    executed: string;
    region_id: number;
    year: number;
  },
  failed: boolean,
): Promise<{ action: string; flagId: number | null }> {
  const rules = await wf.rules(m, r.region_id, r.year);
  const consecutive = await wf.failuresInARow(m, r.project_id, r.period_end);
  const [open] = (await m.query(
    `SELECT id, level FROM flag WHERE project_id = $1 AND status = 'OPEN' ORDER BY id DESC LIMIT 1 FOR UPDATE`,
    [r.project_id],
  )) as { id: number; level: 'YELLOW' | 'RED' }[];
  const action = nextFlagAction(
    { openFlag: open ?? null, consecutiveFailuresBefore: consecutive, failed },
    rules.monitoring,
  );
  const deadline = rectificationDeadline(r.report_due, rules.monitoring);
  // A red flag proposes recalling the funds not yet spent.
  const idle = formatYuan(parseYuan(r.budget, 'budget') - parseYuan(r.executed, 'executed'));
  let flagId: number | null = null;
  if (action === 'RAISE_YELLOW' || action === 'RAISE_RED') {
    const level = action === 'RAISE_YELLOW' ? 'YELLOW' : 'RED';
    const [f] = await m.query(
      `INSERT INTO flag (project_id, level, raised_checkpoint_id, deadline, proposed_reduction) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [r.project_id, level, r.checkpoint_id, deadline, level === 'RED' ? idle : null],
    );
    flagId = f.id;
    await m.query(
      `INSERT INTO flag_event (flag_id, kind, level, checkpoint_id, occurred_on, user_id, note) VALUES ($1, 'RAISED', $2, $3, $4, $5, $6)`,
      [f.id, level, r.checkpoint_id, today(), act.viewer.userId, '监控未达标，按规则标记'],
    );
  } else if (action === 'ESCALATE_TO_RED') {
    flagId = open!.id;
    await m.query(
      `UPDATE flag SET level = 'RED', escalated_checkpoint_id = $2, deadline = $3, proposed_reduction = $4, version = version + 1 WHERE id = $1`,
      [open!.id, r.checkpoint_id, deadline, idle],
    );
    await m.query(
      `INSERT INTO flag_event (flag_id, kind, level, checkpoint_id, occurred_on, user_id, note) VALUES ($1, 'ESCALATED', 'RED', $2, $3, $4, $5)`,
      [open!.id, r.checkpoint_id, today(), act.viewer.userId, '连续两个监控节点未达标，升级为红标'],
    );
  }
  return { action, flagId };
}
