import { proposedCut } from '../../rules/result-application.js';
import { parseYuan } from '../../rules/money.js';
import { projectRows } from '../auth/index.js';
import type { EntityManager } from 'typeorm';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

/** Result application: the rules propose next year's cuts from the final grades; the budget section decides them. */
export class ResultApplicationService {
  constructor(private readonly wf: Workflow) {}

  /**
   * The rules propose a cut for every final 中/差 self-evaluation of budget year `year` that has none yet. The
   * evaluation is made in year + 1 (self-evaluations by 20 March) and its cut lands in the budget of year + 2,
   * the first one still being prepared: a 2025 project, evaluated in 2026, is cut in 2027.
   */
  async proposeCuts(act: Act, year: number): Promise<number> {
    return this.wf.run(async (m) => {
      const rules = await this.wf.rules(m, act.viewer.regionId, year);
      const rows = await m.query(
        `SELECT e.id, e.project_id, e.grade, p.budget::text AS budget FROM evaluation e JOIN project p ON p.id = e.project_id
          WHERE e.year = $1 AND e.kind = 'SELF' AND e.status = 'FINAL' AND e.grade IN ('MEDIUM', 'POOR') AND p.region_id = $2
            AND NOT EXISTS (SELECT 1 FROM result_application ra WHERE ra.evaluation_id = e.id)
          FOR UPDATE OF e`,
        [year, act.viewer.regionId],
      );
      for (const r of rows) {
        const cut = proposedCut({ grade: r.grade, baseBudget: r.budget }, rules.resultApplication);
        const [ra] = await m.query(
          `INSERT INTO result_application (evaluation_id, project_id, target_year, grade, base_budget, cut_share, proposed_cut)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            r.id,
            r.project_id,
            year + 2,
            r.grade,
            r.budget,
            (cut.share!.numerator / cut.share!.denominator).toFixed(4),
            cut.cut,
          ],
        );
        await this.wf.record(m, act, 'CREATE', 'ResultApplication', ra.id, null, {
          grade: r.grade,
          proposedCut: cut.cut,
        });
      }
      return rows.length;
    });
  }

  /** The budget section accepts the proposed cut or adjusts it, with a reason. */
  async decideCut(act: Act, id: number, acceptedCut: string, reason: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const ra = await this.wf.lock<{
        id: number;
        status: string;
        version: number;
        proposed_cut: string;
        base_budget: string;
        project_id: number;
      }>(
        m,
        '结果应用',
        id,
        (
          q,
        ) => `SELECT ra.id, ra.status, ra.version, ra.proposed_cut::text AS proposed_cut, ra.base_budget::text AS base_budget, ra.project_id
                  FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
                 WHERE ra.id = $1 AND ${projectRows(act.viewer, q)}`,
        'ra',
      );
      await this.wf.checkStandIn(m, act, ra.project_id, { zh: '压减决定', en: 'decision on cuts' });
      checkVersion('结果应用', ra.version, version);
      checkState('结果应用', ra.status, ['PROPOSED'], '决定压减');
      const accepted = parseYuan(acceptedCut, 'acceptedCut');
      if (accepted > parseYuan(ra.base_budget, 'baseBudget'))
        throw badInput('acceptedCut', '压减额不能超过预算', 'cannot exceed the base budget');
      const adjusted = accepted !== parseYuan(ra.proposed_cut, 'proposedCut');
      if (adjusted && !reason.trim())
        throw badInput('reason', '调整压减额须说明理由', 'an adjusted cut needs a reason');
      const status = adjusted ? 'ADJUSTED' : 'ACCEPTED';
      await m.query(
        `UPDATE result_application SET accepted_cut = $2, status = $3, reason = $4, version = version + 1 WHERE id = $1`,
        [ra.id, acceptedCut, status, reason.trim() || '按规则压减'],
      );
      await this.wf.record(
        m,
        act,
        'DECIDE',
        'ResultApplication',
        ra.id,
        { status: ra.status },
        { status, acceptedCut, reason },
      );
      await this.applyDecidedCuts(m, act);
      return ra.id;
    });
  }

  /**
   * Takes every decided cut not yet applied from its budget line, once that line exists: the project of
   * targetYear carried over (year by year) from the evaluated project. The line keeps its budget before cuts
   * (Project.budgetBeforeCuts); the cut points at the line (appliedTo) and the line lists it (cutsApplied).
   * Runs inside the caller's transaction, for the caller's county.
   */
  async applyDecidedCuts(m: EntityManager, act: Act): Promise<number> {
    const lines = (await m.query(
      `WITH RECURSIVE line AS (
          SELECT ra.id AS ra_id, p.id AS project_id, p.year FROM result_application ra JOIN project p ON p.id = ra.project_id
           WHERE ra.applied_to_project_id IS NULL AND ra.status IN ('ACCEPTED', 'ADJUSTED') AND p.region_id = $1
          UNION ALL
          SELECT l.ra_id, n.id, n.year FROM line l JOIN project n ON n.carried_over_from_id = l.project_id
           WHERE n.year <= (SELECT target_year FROM result_application WHERE id = l.ra_id))
        SELECT l.ra_id, l.project_id, ra.accepted_cut::text AS cut FROM line l JOIN result_application ra ON ra.id = l.ra_id
         WHERE l.year = ra.target_year ORDER BY l.ra_id`,
      [act.viewer.regionId],
    )) as { ra_id: number; project_id: number; cut: string }[];
    for (const l of lines) {
      const [before] = await m.query(
        `SELECT budget::text AS budget, budget_before_cuts::text AS budget_before_cuts FROM project WHERE id = $1 FOR UPDATE`,
        [l.project_id],
      );
      // An UPDATE … RETURNING answers [rows, count].
      const [[after]] = await m.query(
        `UPDATE project SET budget_before_cuts = COALESCE(budget_before_cuts, budget), budget = GREATEST(0, budget - $2::numeric),
                version = version + 1 WHERE id = $1 RETURNING budget::text AS budget, budget_before_cuts::text AS budget_before_cuts`,
        [l.project_id, l.cut],
      );
      await m.query(
        `UPDATE result_application SET applied_to_project_id = $2, applied_on = $3, version = version + 1 WHERE id = $1`,
        [l.ra_id, l.project_id, today()],
      );
      await this.wf.record(m, act, 'APPLY_CUT', 'Project', l.project_id, before, {
        ...after,
        resultApplicationId: l.ra_id,
        cut: l.cut,
      });
    }
    return lines.length;
  }
}
