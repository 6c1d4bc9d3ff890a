import type { EntityManager } from 'typeorm';
import { projectRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

interface FlagRow {
  id: number;
  status: string;
  level: string;
  version: number;
  owner_name: string;
  rectification_plan: string;
  evidence: string;
}

/** The flag ledger: the unit plans and evidences the rectification, the performance section closes (销号). */
export class FlagService {
  constructor(private readonly wf: Workflow) {}

  private lock(m: EntityManager, act: Act, flagId: number) {
    return this.wf.lock<FlagRow>(
      m,
      '预警',
      flagId,
      (p) => `SELECT f.id, f.status, f.level, f.version, f.owner_name, f.rectification_plan, f.evidence
                FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
               WHERE f.id = $1 AND ${projectRows(act.viewer, p)}`,
      'f',
    );
  }

  async setPlan(act: Act, flagId: number, ownerName: string, plan: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const f = await this.lock(m, act, flagId);
      checkVersion('预警', f.version, version);
      checkState('预警', f.status, ['OPEN'], '制定整改方案');
      if (!ownerName.trim() || ownerName.length > 60)
        throw badInput('ownerName', '责任人须为1–60个字符', 'must be 1–60 characters');
      if (plan.trim().length < 10)
        throw badInput(
          'rectificationPlan',
          '整改方案至少10个字',
          'must say what will be done (at least 10 characters)',
        );
      await m.query(`UPDATE flag SET owner_name = $2, rectification_plan = $3, version = version + 1 WHERE id = $1`, [
        f.id,
        ownerName.trim(),
        plan.trim(),
      ]);
      await m.query(
        `INSERT INTO flag_event (flag_id, kind, level, occurred_on, user_id, note) VALUES ($1, 'PLAN_SET', $2, $3, $4, $5)`,
        [f.id, f.level, today(), act.viewer.userId, plan.trim().slice(0, 200)],
      );
      await this.wf.record(
        m,
        act,
        'UPDATE',
        'Flag',
        f.id,
        { ownerName: f.owner_name, plan: f.rectification_plan },
        { ownerName, plan },
      );
      return f.id;
    });
  }

  async addEvidence(act: Act, flagId: number, evidence: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const f = await this.lock(m, act, flagId);
      checkVersion('预警', f.version, version);
      checkState('预警', f.status, ['OPEN'], '提交整改佐证');
      if (!evidence.trim()) throw badInput('evidence', '佐证不能为空', 'must not be empty');
      const all = f.evidence ? `${f.evidence}\n${evidence.trim()}` : evidence.trim();
      await m.query(`UPDATE flag SET evidence = $2, version = version + 1 WHERE id = $1`, [f.id, all]);
      await m.query(
        `INSERT INTO flag_event (flag_id, kind, level, occurred_on, user_id, note) VALUES ($1, 'EVIDENCE_ADDED', $2, $3, $4, $5)`,
        [f.id, f.level, today(), act.viewer.userId, evidence.trim().slice(0, 200)],
      );
      await this.wf.record(m, act, 'UPDATE', 'Flag', f.id, { evidence: f.evidence }, { evidence: all });
      return f.id;
    });
  }

  async close(act: Act, flagId: number, note: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const f = await this.lock(m, act, flagId);
      checkVersion('预警', f.version, version);
      checkState('预警', f.status, ['OPEN'], '销号');
      if (!f.rectification_plan || !f.evidence) {
        throw badInput('flagId', '须先有整改方案和整改佐证', 'needs a rectification plan and evidence first');
      }
      await m.query(
        `UPDATE flag SET status = 'CLOSED', closed_on = $2, closed_by_user_id = $3, version = version + 1 WHERE id = $1`,
        [f.id, today(), act.viewer.userId],
      );
      await m.query(
        `INSERT INTO flag_event (flag_id, kind, level, occurred_on, user_id, note) VALUES ($1, 'CLOSED', $2, $3, $4, $5)`,
        [f.id, f.level, today(), act.viewer.userId, note.trim() || '整改到位，予以销号'],
      );
      await this.wf.record(m, act, 'CLOSE', 'Flag', f.id, { status: 'OPEN' }, { status: 'CLOSED', note });
      return f.id;
    });
  }
}
