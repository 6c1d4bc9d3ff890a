import { AppError } from '../../graphql/errors.js';
import { agencyRating, agencyWorkComponents } from '../../rules/agency-rating.js';
import { keyEvaluationDue } from '../../rules/calendar.js';
import { parseScore } from '../../rules/score.js';
import { badInput, type Act, type Workflow } from '../workflow/index.js';

/** Year-end agency ratings: components from the agencies' actual work, satisfaction from the performance section. */
export class AgencyRatingService {
  constructor(private readonly wf: Workflow) {}

  async compute(act: Act, year: number, satisfaction: { agencyId: number; satisfaction: number }[]): Promise<number> {
    return this.wf.run(async (m) => {
      const rules = await this.wf.rules(m, act.viewer.regionId, year);
      await m.query(`SELECT id FROM agency WHERE region_id = $1 FOR UPDATE`, [act.viewer.regionId]);
      // Key evaluations are due by the rule set's day of the year after the budget year evaluated.
      const deadline = keyEvaluationDue(year, rules);
      const work = (await m.query(
        `SELECT a.id, a.name,
                count(e.id)::int AS assigned,
                (count(e.id) FILTER (WHERE e.status = 'FINAL'))::int AS completed,
                (count(e.id) FILTER (WHERE e.status = 'FINAL' AND e.evaluated_on <= $3))::int AS on_time,
                COALESCE(sum((SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id)), 0)::int AS findings,
                COALESCE(sum((SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id AND f.upheld)), 0)::int AS upheld
           FROM agency a LEFT JOIN evaluation e ON e.agency_id = a.id AND e.year = $2
          WHERE a.region_id = $1 GROUP BY a.id ORDER BY a.id`,
        [act.viewer.regionId, year, deadline],
      )) as {
        id: number;
        name: string;
        assigned: number;
        completed: number;
        on_time: number;
        findings: number;
        upheld: number;
      }[];
      // Its ex-ante re-assessments (事前评估复评) of the year's projects count as work too: done once its opinion
      // is in, in time when that was before the assessment was concluded.
      const reassessed = (await m.query(
        `SELECT x.agency_id AS id, count(*)::int AS assigned,
                (count(*) FILTER (WHERE x.agency_reviewed_on IS NOT NULL))::int AS completed,
                (count(*) FILTER (WHERE x.agency_reviewed_on IS NOT NULL
                                    AND (x.concluded_on IS NULL OR x.agency_reviewed_on <= x.concluded_on)))::int AS on_time
           FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN agency a ON a.id = x.agency_id
          WHERE a.region_id = $1 AND p.year = $2 GROUP BY x.agency_id`,
        [act.viewer.regionId, year],
      )) as { id: number; assigned: number; completed: number; on_time: number }[];
      const reassessments = new Map(reassessed.map((r) => [r.id, r]));
      const given = new Map(satisfaction.map((s, i) => [s.agencyId, { ...s, i }]));
      for (const s of satisfaction) {
        if (!work.some((w) => w.id === s.agencyId))
          throw badInput(`satisfaction[${given.get(s.agencyId)!.i}].agencyId`, '机构不存在', 'no such agency');
      }
      let n = 0;
      for (const w of work) {
        const s = given.get(w.id);
        if (!s) throw badInput('satisfaction', `缺少“${w.name}”的满意度`, `the satisfaction of "${w.name}" is missing`);
        parseScore(s.satisfaction.toFixed(2), `satisfaction[${s.i}].satisfaction`);
        const x = reassessments.get(w.id) ?? { assigned: 0, completed: 0, on_time: 0 };
        const c = agencyWorkComponents({
          assigned: w.assigned + x.assigned,
          completed: w.completed + x.completed,
          onTime: w.on_time + x.on_time,
          findings: w.findings,
          findingsUpheld: w.upheld,
          reworks: 0,
        });
        // Checks of its work (定向检查、随机抽查): each concluded with issues takes its deduction off quality, not below 0.
        const [checked] = (await m.query(
          `SELECT (count(*) FILTER (WHERE status = 'CONCLUDED'))::int AS checks,
                  COALESCE(sum(deduction) FILTER (WHERE outcome = 'ISSUES_FOUND'), 0)::text AS deduction,
                  GREATEST($3::numeric - COALESCE(sum(deduction) FILTER (WHERE outcome = 'ISSUES_FOUND'), 0), 0)::numeric(5, 2)::text AS quality
             FROM agency_check WHERE agency_id = $1 AND year = $2`,
          [w.id, year, c.quality],
        )) as { checks: number; deduction: string; quality: string }[];
        const quality = checked!.quality;
        const r = agencyRating({ ...c, quality, satisfaction: s.satisfaction.toFixed(2) }, rules.agencyRating);
        const [existing] = await m.query(
          `SELECT id, published, score::text AS score, rating FROM agency_rating WHERE agency_id = $1 AND year = $2 FOR UPDATE`,
          [w.id, year],
        );
        if (existing?.published) {
          throw new AppError(
            'INVALID_TRANSITION',
            `${year}年度评级已公布，不可重算`,
            `The ${year} ratings are published and cannot be recomputed`,
            { field: 'year' },
          );
        }
        await m.query(
          `INSERT INTO agency_rating (agency_id, year, quantity, quality, effect, satisfaction, score, rating, checks, check_deduction)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (agency_id, year) DO UPDATE SET quantity = EXCLUDED.quantity, quality = EXCLUDED.quality, effect = EXCLUDED.effect,
             satisfaction = EXCLUDED.satisfaction, score = EXCLUDED.score, rating = EXCLUDED.rating, checks = EXCLUDED.checks,
             check_deduction = EXCLUDED.check_deduction, version = agency_rating.version + 1`,
          [
            w.id,
            year,
            c.quantity,
            quality,
            c.effect,
            s.satisfaction.toFixed(2),
            r.score,
            r.rating,
            checked!.checks,
            checked!.deduction,
          ],
        );
        await this.wf.record(m, act, existing ? 'UPDATE' : 'CREATE', 'AgencyRating', w.id, existing ?? null, {
          year,
          work: { evaluations: w.assigned, reassessments: x.assigned },
          ...c,
          quality,
          checks: { concluded: checked!.checks, deduction: checked!.deduction, qualityBefore: c.quality },
          satisfaction: s.satisfaction,
          ...r,
        });
        n++;
      }
      return n;
    });
  }

  async publish(act: Act, year: number): Promise<number> {
    return this.wf.run(async (m) => {
      const [rows] = await m.query(
        `UPDATE agency_rating ar SET published = true, version = ar.version + 1 FROM agency a
          WHERE a.id = ar.agency_id AND a.region_id = $1 AND ar.year = $2 AND NOT ar.published RETURNING ar.id`,
        [act.viewer.regionId, year],
      );
      const n = (rows as unknown[]).length;
      if (n === 0)
        throw new AppError('INVALID_TRANSITION', `${year}年度没有待公布的评级`, `No unpublished ratings for ${year}`, {
          field: 'year',
        });
      await this.wf.record(m, act, 'PUBLISH', 'AgencyRating', year, null, { year, count: n });
      return n;
    });
  }
}
