import type { EntityManager } from 'typeorm';
import { formatScore, parseScore } from '../../rules/score.js';
import { agencyCheckRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { AGENCY_CHECK_OUTCOMES, type AgencyCheckOutcome, type AgencyCheckStatus } from './agency-check.entity.js';

/** A piece of an agency's work: a key evaluation it did (`E`) or an ex-ante re-assessment (`X`). */
export type WorkRef = { kind: 'E' | 'X'; id: number };

export interface TargetedCheckFields {
  year: number;
  subject: WorkRef;
  leadSource: string;
}

export interface ConclusionFields {
  outcome: string;
  findings: string;
  deduction: string | null;
}

/** Most pieces of work one random draw may pick. */
export const MAX_DRAW = 10;

/**
 * The pieces of work of agencies of `regionId` in `year` (an agency's own if `agencyId`), with their agency and
 * unit: key evaluations by the budget year evaluated, ex-ante re-assessments by the year of their project. Those
 * the same numbers as the agency ratings count.
 */
export const WORK = `
  SELECT 'E' AS kind, e.id, e.agency_id, e.unit_id, e.year
    FROM evaluation e JOIN agency a ON a.id = e.agency_id
   WHERE a.region_id = $1 AND e.year = $2 AND ($3::int IS NULL OR e.agency_id = $3)
  UNION ALL
  SELECT 'X' AS kind, x.id, x.agency_id, p.unit_id, p.year
    FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN agency a ON a.id = x.agency_id
   WHERE a.region_id = $1 AND p.year = $2 AND ($3::int IS NULL OR x.agency_id = $3)`;

type WorkRow = { kind: 'E' | 'X'; id: number; agency_id: number; unit_id: number; year: number };

/**
 * Checks of third-party agencies' work (DOMAIN.md §7, 定向检查与随机抽查), by the performance section: a targeted
 * check on a lead, or a random one whose sample the server draws, reproducibly, from the agency's work of the
 * year; then concluded as passed, or with issues found and points off the agency's quality score.
 */
export class AgencyCheckService {
  constructor(private readonly wf: Workflow) {}

  async recordTargeted(act: Act, f: TargetedCheckFields): Promise<number> {
    return this.wf.run(async (m) => {
      const leadSource = f.leadSource.trim();
      if (!leadSource) throw badInput('input.leadSource', '须填写线索来源', 'give the source of the lead');
      const [w] = (await m.query(`SELECT * FROM (${WORK}) w WHERE w.kind = $4 AND w.id = $5`, [
        act.viewer.regionId,
        f.year,
        null,
        f.subject.kind,
        f.subject.id,
      ])) as WorkRow[];
      if (!w)
        throw badInput(
          'input.subjectId',
          `不是第三方机构${f.year}年度承担的评价或复评`,
          `not a key evaluation or re-assessment an agency did for ${f.year}`,
        );
      await this.lockSubject(m, w);
      const id = await this.insert(m, act, w, { kind: 'TARGETED', leadSource, drawSeed: null, drawPool: null });
      await this.wf.record(m, act, 'CREATE', 'AgencyCheck', id, null, {
        kind: 'TARGETED',
        year: f.year,
        agencyId: w.agency_id,
        subject: { kind: w.kind, id: w.id },
        leadSource,
      });
      return id;
    });
  }

  /**
   * A random check (随机抽查): `count` pieces of the year's work not yet randomly checked, of one agency or of all
   * the county's, ordered by md5(seed:piece) — the seed and the pool's size are kept on each row, the pool in
   * the audit entry, so the same draw can be made again.
   */
  async drawRandom(act: Act, year: number, agencyId: number | null, count: number): Promise<number[]> {
    return this.wf.run(async (m) => {
      if (!Number.isInteger(count) || count < 1 || count > MAX_DRAW)
        throw badInput('count', `须为1–${MAX_DRAW}之间的整数`, `must be a whole number from 1 to ${MAX_DRAW}`);
      // Draws of a county are made one at a time: the agencies' rows are the lock.
      const agencies = (await m.query(`SELECT id FROM agency WHERE region_id = $1 ORDER BY id FOR UPDATE`, [
        act.viewer.regionId,
      ])) as { id: number }[];
      if (agencyId !== null && !agencies.some((a) => a.id === agencyId))
        throw badInput('agencyId', '机构不存在', 'no such agency');
      const scope = `${act.viewer.regionId}-${year}-${agencyId ?? 'ALL'}`;
      const [{ n }] = await m.query(
        `SELECT count(DISTINCT draw_seed)::int AS n FROM agency_check WHERE draw_seed LIKE $1`,
        [`AGENCY-CHECK-${scope}-%`],
      );
      const seed = `AGENCY-CHECK-${scope}-${n + 1}`;
      const pool = (await m.query(
        `SELECT w.*, md5($4 || ':' || w.kind || w.id) AS draw_key FROM (${WORK}) w
          WHERE NOT EXISTS (SELECT 1 FROM agency_check c WHERE c.kind = 'RANDOM'
                  AND (CASE w.kind WHEN 'E' THEN c.evaluation_id ELSE c.ex_ante_assessment_id END) = w.id)
            AND NOT EXISTS (SELECT 1 FROM agency_check c WHERE c.status = 'OPEN'
                  AND (CASE w.kind WHEN 'E' THEN c.evaluation_id ELSE c.ex_ante_assessment_id END) = w.id)
          ORDER BY draw_key, w.kind, w.id`,
        [act.viewer.regionId, year, agencyId, seed],
      )) as (WorkRow & { draw_key: string })[];
      if (pool.length === 0)
        throw badInput(
          agencyId === null ? 'year' : 'agencyId',
          `${year}年度没有尚未抽查的第三方工作`,
          `no agency work of ${year} left to check at random`,
        );
      const drawn = pool.slice(0, count);
      const ids: number[] = [];
      for (const w of drawn) {
        await this.lockSubject(m, w);
        ids.push(
          await this.insert(m, act, w, { kind: 'RANDOM', leadSource: '', drawSeed: seed, drawPool: pool.length }),
        );
      }
      for (const [i, id] of ids.entries()) {
        await this.wf.record(m, act, 'DRAW', 'AgencyCheck', id, null, {
          kind: 'RANDOM',
          year,
          agencyId: drawn[i]!.agency_id,
          subject: { kind: drawn[i]!.kind, id: drawn[i]!.id },
          draw: { seed, count, pool: pool.map((w) => `${w.kind}${w.id}`) },
        });
      }
      return ids;
    });
  }

  async conclude(act: Act, id: number, f: ConclusionFields, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const before = await this.lock(m, act, id);
      checkVersion('机构检查', before.version, version);
      checkState<AgencyCheckStatus>('机构检查', before.status, ['OPEN'], '办结');
      if (!(AGENCY_CHECK_OUTCOMES as readonly string[]).includes(f.outcome))
        throw badInput('input.outcome', '须为通过或发现问题', 'must be PASSED or ISSUES_FOUND');
      const outcome = f.outcome as AgencyCheckOutcome;
      const findings = f.findings.trim();
      let deduction = '0.00';
      if (outcome === 'ISSUES_FOUND') {
        if (!findings) throw badInput('input.findings', '须写明发现的问题', 'describe the issues found');
        if (f.deduction === null || f.deduction === '')
          throw badInput('input.deduction', '须填写扣分（0–100）', 'give the points to deduct (0–100)');
        deduction = formatScore(parseScore(f.deduction, 'input.deduction'));
      } else if (f.deduction !== null && f.deduction !== '' && parseScore(f.deduction, 'input.deduction') !== 0n) {
        throw badInput('input.deduction', '检查通过不扣分', 'a check passed deducts nothing');
      }
      await m.query(
        `UPDATE agency_check SET status = 'CONCLUDED', outcome = $2, findings = $3, deduction = $4::numeric, concluded_on = $5,
                concluded_by_user_id = $6, version = version + 1 WHERE id = $1`,
        [id, outcome, findings, deduction, today(), act.viewer.userId],
      );
      await this.wf.record(m, act, 'CONCLUDE', 'AgencyCheck', id, before, {
        status: 'CONCLUDED',
        outcome,
        findings,
        deduction,
      });
      return id;
    });
  }

  private lock(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<{
      id: number;
      status: AgencyCheckStatus;
      outcome: string | null;
      findings: string;
      deduction: string;
      version: number;
    }>(
      m,
      '机构检查',
      id,
      (p) => `SELECT c.id, c.status, c.outcome, c.findings, c.deduction::text AS deduction, c.version
                FROM agency_check c JOIN unit u ON u.id = c.unit_id WHERE c.id = $1 AND ${agencyCheckRows(act.viewer, p)}`,
      'c',
    );
  }

  /** The piece of work, locked, so no second open check of it can slip in beside this one. */
  private async lockSubject(m: EntityManager, w: WorkRow) {
    await m.query(
      w.kind === 'E'
        ? `SELECT id FROM evaluation WHERE id = $1 FOR UPDATE`
        : `SELECT id FROM ex_ante_assessment WHERE id = $1 FOR UPDATE`,
      [w.id],
    );
    const [open] = await m.query(
      `SELECT id FROM agency_check WHERE status = 'OPEN' AND ${w.kind === 'E' ? 'evaluation_id' : 'ex_ante_assessment_id'} = $1`,
      [w.id],
    );
    if (open)
      throw badInput(
        'input.subjectId',
        '该项工作已有未办结的检查',
        'this piece of work is already under an open check',
      );
  }

  private async insert(
    m: EntityManager,
    act: Act,
    w: WorkRow,
    c: { kind: 'TARGETED' | 'RANDOM'; leadSource: string; drawSeed: string | null; drawPool: number | null },
  ): Promise<number> {
    const [row] = await m.query(
      `INSERT INTO agency_check (region_id, agency_id, year, kind, lead_source, evaluation_id, ex_ante_assessment_id, unit_id,
                                 draw_seed, draw_pool, opened_on, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        act.viewer.regionId,
        w.agency_id,
        w.year,
        c.kind,
        c.leadSource,
        w.kind === 'E' ? w.id : null,
        w.kind === 'X' ? w.id : null,
        w.unit_id,
        c.drawSeed,
        c.drawPool,
        today(),
        act.viewer.userId,
      ],
    );
    return row.id as number;
  }
}
