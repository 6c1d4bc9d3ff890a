import { AppError } from '../../graphql/errors.js';
import { authenticitySampleSize, drawSample } from '../../rules/authenticity.js';
import { finalGrade } from '../../rules/evaluation.js';
import { findingCapInputs } from '../supervision/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

/** Authenticity checks (真实性核查): a reproducible sample of final self-evaluations, and each check's veto. */
export class AuthenticityService {
  constructor(private readonly wf: Workflow) {}

  /** Draws the year's authenticity sample of final self-evaluations: ≥ the rule's share, reproducible from its seed. */
  async draw(act: Act, year: number, seed: string): Promise<number> {
    return this.wf.run(async (m) => {
      if (!seed.trim() || seed.length > 100)
        throw badInput('seed', '须给出1–100个字符的随机种子', 'give a seed of 1–100 characters');
      const [already] = await m.query(
        `SELECT id FROM authenticity_sample WHERE region_id = $1 AND year = $2 FOR UPDATE`,
        [act.viewer.regionId, year],
      );
      if (already)
        throw new AppError(
          'INVALID_TRANSITION',
          `${year}年度已抽取核查样本`,
          `The sample of ${year} is already drawn`,
          { field: 'year' },
        );
      const rules = await this.wf.rules(m, act.viewer.regionId, year);
      const population = (await m.query(
        `SELECT e.id, p.code FROM evaluation e JOIN project p ON p.id = e.project_id
          WHERE e.year = $1 AND e.kind = 'SELF' AND e.status = 'FINAL' AND p.region_id = $2 ORDER BY p.code`,
        [year, act.viewer.regionId],
      )) as { id: number; code: string }[];
      if (population.length === 0)
        throw badInput('year', '该年度没有可抽取的自评', 'no final self-evaluations to sample');
      const size = authenticitySampleSize(population.length, rules.authenticity);
      const codes = drawSample(
        population.map((p) => p.code),
        size,
        seed.trim(),
      );
      const byCode = new Map(population.map((p) => [p.code, p.id]));
      const [sample] = await m.query(
        `INSERT INTO authenticity_sample (region_id, year, seed, population, drawn_by_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [act.viewer.regionId, year, seed.trim(), population.length, act.viewer.userId],
      );
      for (const [i, code] of codes.entries()) {
        await m.query(`INSERT INTO authenticity_check (sample_id, evaluation_id, position) VALUES ($1, $2, $3)`, [
          sample.id,
          byCode.get(code),
          i + 1,
        ]);
      }
      await this.wf.record(m, act, 'DRAW', 'AuthenticitySample', sample.id, null, {
        year,
        seed,
        population: population.length,
        size,
        codes,
      });
      return sample.id;
    });
  }

  /** Records a check's result; a failed check vetoes the self-evaluation: 差, funds recalled. Returns the evaluation's id. */
  async record(act: Act, checkId: number, passed: boolean, note: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const c = await this.wf.lock<{
        id: number;
        result: string;
        version: number;
        evaluation_id: number;
        year: number;
      }>(
        m,
        '核查',
        checkId,
        (q) => `SELECT ac.id, ac.result, ac.version, ac.evaluation_id, s.year FROM authenticity_check ac
                  JOIN authenticity_sample s ON s.id = ac.sample_id WHERE ac.id = $1 AND s.region_id = ${q.push(act.viewer.regionId)}`,
        'ac',
      );
      checkVersion('核查', c.version, version);
      checkState('核查', c.result, ['PENDING'], '录入核查结果');
      if (!passed && !note.trim()) throw badInput('note', '未通过须写明核查发现', 'a failed check needs its findings');
      await m.query(
        `UPDATE authenticity_check SET result = $2, note = $3, checked_on = $4, version = version + 1 WHERE id = $1`,
        [c.id, passed ? 'PASSED' : 'FAILED', note.trim(), today()],
      );
      const [e] = await m.query(
        `SELECT e.id, e.project_id, e.score::text AS score, e.audit_findings, e.major_misuse, e.failed_checkpoints_unrectified, u.region_id, e.year
                                   FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE e.id = $1 FOR UPDATE OF e`,
        [c.evaluation_id],
      );
      const rules = await this.wf.rules(m, e.region_id, e.year);
      const recorded = await findingCapInputs(m, e.project_id);
      const g = finalGrade(
        {
          score: e.score,
          auditFindings: e.audit_findings,
          majorMisuse: e.major_misuse,
          auditFindingRefs: recorded.auditFindingRefs,
          misuseRefs: recorded.misuseRefs,
          failedCheckpointsUnrectified: e.failed_checkpoints_unrectified,
          authenticityFailed: !passed,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      await m.query(
        `UPDATE evaluation SET authenticity_failed = $2, grade = $3, caps = $4, version = version + 1 WHERE id = $1`,
        [e.id, !passed, g.grade, JSON.stringify(g.caps)],
      );
      await this.wf.record(
        m,
        act,
        'CHECK',
        'AuthenticityCheck',
        c.id,
        { result: c.result },
        { result: passed ? 'PASSED' : 'FAILED', note, grade: g.grade, recallFunds: g.recallFunds },
      );
      return c.evaluation_id;
    });
  }
}
