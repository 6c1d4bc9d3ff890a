import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import type { ExAnteAssessment } from './ex-ante.types.js';

/** Ex-ante assessments of new projects, within the viewer's row scope. */
export class ExAnteReader extends ScopedReader {
  ofProjects(ids: readonly number[]) {
    return this.load('project_id', ids);
  }

  /** By the assessments' own ids (for `node`). */
  byIds(ids: readonly number[]) {
    return this.load('id', ids);
  }

  private async load(key: 'id' | 'project_id', ids: readonly number[]) {
    // The threshold of an agency re-assessment is the project year's rule (the default when the year has none).
    const rows = await this.q(
      (
        p,
      ) => `SELECT x.*, x.pes_score::float8 AS score, x.submitted_on::text AS submitted, x.concluded_on::text AS concluded,
          x.agency_sent_on::text AS agency_sent, x.agency_reviewed_on::text AS agency_reviewed,
          p.budget >= COALESCE((SELECT (rs.rules #>> '{exAnte,agencyReassessmentFrom}')::numeric FROM rule_set rs
                                 WHERE rs.region_id = p.region_id AND rs.year = p.year), ${p.push(DEFAULT_RULE_SET.exAnte.agencyReassessmentFrom)}::numeric) AS reassess,
          p.is_specialised
        FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id
        WHERE x.${key} = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(
      rows.map((r) => [
        r[key] as number,
        {
          __typename: 'ExAnteAssessment',
          id: toGlobalId('ExAnteAssessment', r.id),
          dbId: r.id,
          projectId: r.project_id,
          version: r.version,
          status: r.status,
          necessity: r.necessity,
          feasibility: r.feasibility,
          targetReasonableness: r.target_reasonableness,
          fundingPlan: r.funding_plan,
          attachmentNames: r.attachment_names ?? [],
          sectionOpinion: r.section_opinion,
          pesScore: r.score,
          conclusion: r.conclusion,
          submittedOn: r.submitted,
          concludedOn: r.concluded,
          agencyId: r.agency_id,
          reassessmentRequired: r.reassess,
          reassessmentEligible: r.reassess || r.is_specialised,
          agencyConclusion: r.agency_conclusion,
          agencyOpinion: r.agency_opinion,
          agencySentOn: r.agency_sent,
          agencyReviewedOn: r.agency_reviewed,
        } as ExAnteAssessment,
      ]),
    );
    return ids.map((id) => by.get(id) ?? null);
  }
}
