import type { EntityManager } from 'typeorm';
import { finalGrade } from '../../rules/evaluation.js';
import { projectRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { SUPERVISION_FINDING_KINDS, type SupervisionFindingKind } from './supervision-finding.entity.js';

export interface FindingFields {
  kind: string;
  source: string;
  foundOn: string;
  documentNo: string;
  description: string;
}

export interface FindingCapInputs {
  auditFindings: boolean;
  majorMisuse: boolean;
  auditFindingRefs: string[];
  misuseRefs: string[];
}

/** The cap inputs of the rules from a project's active findings: audit/supervision → at most 中, misuse → 差. */
export async function findingCapInputs(m: EntityManager, projectId: number): Promise<FindingCapInputs> {
  const rows = (await m.query(
    `SELECT kind, document_no FROM supervision_finding WHERE project_id = $1 AND status = 'ACTIVE' ORDER BY found_on, id`,
    [projectId],
  )) as { kind: SupervisionFindingKind; document_no: string }[];
  const audit = rows.filter((r) => r.kind !== 'MAJOR_MISUSE').map((r) => r.document_no);
  const misuse = rows.filter((r) => r.kind === 'MAJOR_MISUSE').map((r) => r.document_no);
  return {
    auditFindings: audit.length > 0,
    majorMisuse: misuse.length > 0,
    auditFindingRefs: audit,
    misuseRefs: misuse,
  };
}

function clean(input: FindingFields): FindingFields {
  if (!(SUPERVISION_FINDING_KINDS as readonly string[]).includes(input.kind))
    throw badInput(
      'input.kind',
      '须为审计、财会监督或重大违规',
      'must be AUDIT, FINANCIAL_SUPERVISION or MAJOR_MISUSE',
    );
  const source = input.source.trim();
  if (!source || source.length > 200)
    throw badInput('input.source', '须填写来源（200字以内）', 'give the source (≤ 200 characters)');
  const documentNo = input.documentNo.trim();
  if (!documentNo || documentNo.length > 100)
    throw badInput('input.documentNo', '须填写文号（100字以内）', 'give the document number (≤ 100 characters)');
  const description = input.description.trim();
  if (!description) throw badInput('input.description', '须填写问题描述', 'describe the finding');
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.foundOn);
  const valid = d && new Date(Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!)).toISOString().slice(0, 10) === input.foundOn;
  if (!valid) throw badInput('input.foundOn', '须为有效日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
  if (input.foundOn > today()) throw badInput('input.foundOn', '不能晚于今天', 'cannot be after today');
  return { kind: input.kind, source, foundOn: input.foundOn, documentNo, description };
}

/**
 * Findings of audit and financial supervision (审计/财会监督发现问题) and major misuse (重大违规), recorded by the
 * performance section. Each change re-grades the project's graded evaluations in the same transaction, so
 * a cap holds from the moment a finding is recorded and lifts when it is withdrawn.
 */
export class SupervisionService {
  constructor(private readonly wf: Workflow) {}

  async record(act: Act, projectId: number, input: FindingFields): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{ id: number; version: number }>(m, act, projectId, 'p.id');
      const f = clean(input);
      const [row] = await m.query(
        `INSERT INTO supervision_finding (project_id, kind, source, found_on, document_no, description, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [p.id, f.kind, f.source, f.foundOn, f.documentNo, f.description, act.viewer.userId],
      );
      const regraded = await this.regrade(m, act, p.id);
      await this.wf.record(m, act, 'CREATE', 'SupervisionFinding', row.id, null, { projectId, ...f, regraded });
      return row.id as number;
    });
  }

  async edit(act: Act, id: number, input: FindingFields, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const before = await this.lock(m, act, id);
      checkVersion('发现问题', before.version, version);
      checkState('发现问题', before.status, ['ACTIVE'], '修改');
      const f = clean(input);
      await m.query(
        `UPDATE supervision_finding SET kind = $2, source = $3, found_on = $4, document_no = $5, description = $6, version = version + 1
          WHERE id = $1`,
        [id, f.kind, f.source, f.foundOn, f.documentNo, f.description],
      );
      const regraded = await this.regrade(m, act, before.project_id);
      await this.wf.record(m, act, 'UPDATE', 'SupervisionFinding', id, before, { ...f, regraded });
      return id;
    });
  }

  async withdraw(act: Act, id: number, reason: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const before = await this.lock(m, act, id);
      checkVersion('发现问题', before.version, version);
      checkState('发现问题', before.status, ['ACTIVE'], '撤销');
      if (!reason.trim()) throw badInput('reason', '须说明撤销理由', 'give the reason for withdrawing');
      await m.query(
        `UPDATE supervision_finding SET status = 'WITHDRAWN', withdrawn_reason = $2, version = version + 1 WHERE id = $1`,
        [id, reason.trim()],
      );
      const regraded = await this.regrade(m, act, before.project_id);
      await this.wf.record(m, act, 'WITHDRAW', 'SupervisionFinding', id, before, {
        status: 'WITHDRAWN',
        withdrawnReason: reason.trim(),
        regraded,
      });
      return id;
    });
  }

  private lock(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<{
      id: number;
      project_id: number;
      kind: string;
      source: string;
      found_on: string;
      document_no: string;
      description: string;
      status: 'ACTIVE' | 'WITHDRAWN';
      version: number;
    }>(
      m,
      '发现问题',
      id,
      (
        q,
      ) => `SELECT f.id, f.project_id, f.kind, f.source, f.found_on::text AS found_on, f.document_no, f.description, f.status, f.version
                FROM supervision_finding f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
               WHERE f.id = $1 AND ${projectRows(act.viewer, q)}`,
      'f',
    );
  }

  /** Re-grades the project's graded evaluations with its active findings; returns those whose grade moved. */
  private async regrade(m: EntityManager, act: Act, projectId: number) {
    const caps = await findingCapInputs(m, projectId);
    const evaluations = (await m.query(
      `SELECT e.id, e.year, u.region_id, COALESCE(e.expert_score, e.score)::text AS score, e.grade, e.caps,
              e.failed_checkpoints_unrectified, COALESCE(e.authenticity_failed, false) AS authenticity_failed
         FROM evaluation e JOIN unit u ON u.id = e.unit_id
        WHERE e.project_id = $1 AND e.grade IS NOT NULL ORDER BY e.id FOR UPDATE OF e`,
      [projectId],
    )) as {
      id: number;
      year: number;
      region_id: number;
      score: string;
      grade: string;
      caps: unknown;
      failed_checkpoints_unrectified: number;
      authenticity_failed: boolean;
    }[];
    const moved: { evaluationId: number; before: string; after: string }[] = [];
    for (const e of evaluations) {
      const rules = await this.wf.rules(m, e.region_id, e.year);
      // A cap given without a recorded finding (the demo's 2022 grades, set before the register existed)
      // has no `findings` list: it stays, since no recorded finding can lift it.
      const given = (code: string) =>
        Array.isArray(e.caps) &&
        e.caps.some((c: { code?: string; findings?: unknown }) => c.code === code && !c.findings);
      const g = finalGrade(
        {
          score: e.score,
          ...caps,
          auditFindings: caps.auditFindings || given('AUDIT_FINDINGS'),
          majorMisuse: caps.majorMisuse || given('MAJOR_MISUSE'),
          failedCheckpointsUnrectified: e.failed_checkpoints_unrectified,
          authenticityFailed: e.authenticity_failed,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      if (g.grade === e.grade && JSON.stringify(g.caps) === JSON.stringify(e.caps)) continue;
      await m.query(
        `UPDATE evaluation SET audit_findings = $2, major_misuse = $3, grade = $4, uncapped_grade = $5, caps = $6, version = version + 1
          WHERE id = $1`,
        [
          e.id,
          caps.auditFindings || given('AUDIT_FINDINGS'),
          caps.majorMisuse || given('MAJOR_MISUSE'),
          g.grade,
          g.uncappedGrade,
          JSON.stringify(g.caps),
        ],
      );
      await this.wf.record(
        m,
        act,
        'REGRADE',
        'Evaluation',
        e.id,
        { grade: e.grade, caps: e.caps },
        {
          grade: g.grade,
          caps: g.caps,
        },
      );
      if (g.grade !== e.grade) moved.push({ evaluationId: e.id, before: e.grade, after: g.grade });
    }
    return moved;
  }
}
