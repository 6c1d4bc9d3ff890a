import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { finalGrade, selfEvaluationScore } from '../../rules/evaluation.js';
import { monitoringVerdict } from '../../rules/monitoring.js';
import { agencyRating } from '../../rules/agency-rating.js';
import { buildDemoCounty } from '../build-county.js';
import { useDatabase } from '../../../test/support/context.js';

const opts = { passwordHash: 'scrypt$x', biToken: { hash: 'h', prefix: 'p' } };

describe('the demo county', () => {
  it('is the same on every load (a fixed seed)', () => {
    expect(JSON.stringify(buildDemoCounty(opts))).toBe(JSON.stringify(buildDemoCounty(opts)));
  });

  it('has every actor: 58 units of which 6 classified, sections of every kind, a handful of agencies', () => {
    const rows = buildDemoCounty(opts);
    expect(rows.unit).toHaveLength(58);
    expect(rows.unit!.filter((u) => u.classified)).toHaveLength(6);
    expect(new Set(rows.section!.map((s) => s.kind))).toEqual(new Set(['PERFORMANCE', 'BUDGET', 'BUSINESS', 'FUND']));
    expect(rows.agency!.length).toBeGreaterThanOrEqual(5);
  });

  it('uses realistic amounts, not only round numbers', () => {
    const budgets = buildDemoCounty(opts).project!.map((p) => p.budget as string);
    const round = budgets.filter((b) => /0000\.00$/.test(b));
    expect(round.length / budgets.length).toBeLessThan(0.2);
  });

  describe('in the database, its outcomes are what the rules give for its inputs', () => {
    const ctx = useDatabase();
    const rules = DEFAULT_RULE_SET;

    it('every monitoring verdict', async () => {
      const reports = await ctx.db.query(`
        SELECT r.budget::text, r.executed::text, r.failed, c.month,
               COALESCE(json_agg(json_build_object('comparator', i.comparator, 'planned', a.planned_value::text, 'actual', a.actual_value::text))
                        FILTER (WHERE i.is_key), '[]') AS key
          FROM monitoring_report r
          JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
          LEFT JOIN indicator_actual a ON a.report_id = r.id
          LEFT JOIN project_indicator i ON i.id = a.project_indicator_id
         GROUP BY r.id, c.month`);
      expect(reports.length).toBeGreaterThan(600);
      for (const r of reports) {
        const cp = rules.monitoring.checkpoints.find((c) => c.month === r.month)!;
        const v = monitoringVerdict(
          { budget: r.budget, executed: r.executed, keyIndicators: r.key },
          cp,
          rules.monitoring,
        );
        expect(v.failed).toBe(r.failed);
      }
    });

    it('every self-evaluation score and grade, caps included', async () => {
      const evals = await ctx.db.query(`
        SELECT budget::text, executed::text, output_completion::text AS o, benefit_completion::text AS b,
               satisfaction_completion::text AS s, score::text, grade, audit_findings, major_misuse,
               failed_checkpoints_unrectified AS f, authenticity_failed
          FROM evaluation WHERE kind = 'SELF'`);
      const capped = { applied: 0 };
      for (const e of evals) {
        const { score } = selfEvaluationScore(
          {
            budget: e.budget,
            executed: e.executed,
            outputCompletion: e.o,
            benefitCompletion: e.b,
            satisfactionCompletion: e.s,
          },
          rules.evaluation,
        );
        expect(score).toBe(e.score);
        const g = finalGrade(
          {
            score,
            auditFindings: e.audit_findings,
            majorMisuse: e.major_misuse,
            failedCheckpointsUnrectified: e.f,
            authenticityFailed: e.authenticity_failed === true,
          },
          { evaluation: rules.evaluation, monitoring: rules.monitoring },
        );
        expect(g.grade).toBe(e.grade);
        if (g.caps.some((c) => c.applied)) capped.applied++;
      }
      // Every kind of cap occurs in the demo.
      expect(capped.applied).toBeGreaterThanOrEqual(9);
    });

    it('every agency rating', async () => {
      const ratings = await ctx.db.query(
        `SELECT quantity::text, quality::text, effect::text, satisfaction::text, score::text, rating FROM agency_rating`,
      );
      for (const r of ratings) {
        expect(agencyRating(r, rules.agencyRating)).toEqual({ score: r.score, rating: r.rating });
      }
    });

    it('every proposed cut: 10% for 中, 20% for 差 of the base budget, to the fen', async () => {
      const cuts = await ctx.db.query(`SELECT grade, base_budget::text, proposed_cut::text FROM result_application`);
      expect(cuts).toHaveLength(27);
      for (const c of cuts) {
        const fen = BigInt(c.base_budget.replace('.', ''));
        const share = c.grade === 'MEDIUM' ? 10n : 20n;
        const expected = (fen * share + 50n) / 100n;
        expect(BigInt(c.proposed_cut.replace('.', ''))).toBe(expected);
      }
    });

    it('flags follow the checkpoints: a yellow flag escalates to red only after two failures in a row', async () => {
      const reds = await ctx.db.query(`
        SELECT f.project_id, array_agg(r.failed ORDER BY c.month) AS failed
          FROM flag f JOIN monitoring_report r ON r.project_id = f.project_id
          JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         WHERE f.level = 'RED' GROUP BY f.project_id`);
      expect(reds.length).toBeGreaterThan(0);
      for (const r of reds) expect(r.failed).toEqual([true, true]);
    });
  });
});
