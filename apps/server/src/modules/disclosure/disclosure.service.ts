import { paginate } from '../../graphql/connection.js';
import { AppError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { containsPattern, sqlParams } from '../auth/index.js';
import { badInput, today, type Act, type Workflow } from '../workflow/index.js';
import type { PublicProject } from './disclosure.types.js';

/** 信息公开: approved targets and final evaluations are published; a classified unit's never are. */
export class DisclosureService {
  constructor(private readonly wf: Workflow) {}

  async publishTargets(act: Act, projectIds: number[]): Promise<number> {
    return this.wf.run(async (m) => {
      const rows = (await m.query(
        `SELECT p.id, p.target_status, p.targets_published_on, u.classified FROM project p JOIN unit u ON u.id = p.unit_id
          WHERE p.id = ANY($1) AND p.region_id = $2 FOR UPDATE OF p`,
        [projectIds, act.viewer.regionId],
      )) as { id: number; target_status: string; targets_published_on: string | null; classified: boolean }[];
      projectIds.forEach((id, i) => {
        const r = rows.find((x) => x.id === id);
        if (!r) throw badInput(`projectIds[${i}]`, '项目不存在', 'no such project');
        if (r.classified)
          throw badInput(`projectIds[${i}]`, '涉密单位项目不公开', 'a classified unit’s project is never published');
        if (r.target_status !== 'APPROVED') {
          throw new AppError(
            'INVALID_TRANSITION',
            `projectIds[${i}]：绩效目标尚未批准，不能公开`,
            `projectIds[${i}]: targets not approved yet`,
            { field: `projectIds[${i}]` },
          );
        }
      });
      await m.query(`UPDATE project SET targets_published_on = $2, version = version + 1 WHERE id = ANY($1)`, [
        projectIds,
        today(),
      ]);
      await this.wf.record(m, act, 'PUBLISH', 'ProjectTargets', projectIds[0] ?? 0, null, { projectIds });
      return projectIds.length;
    });
  }

  async publishEvaluations(act: Act, evaluationIds: number[]): Promise<number> {
    return this.wf.run(async (m) => {
      const rows = (await m.query(
        `SELECT e.id, e.status, u.classified FROM evaluation e JOIN unit u ON u.id = e.unit_id
          WHERE e.id = ANY($1) AND u.region_id = $2 FOR UPDATE OF e`,
        [evaluationIds, act.viewer.regionId],
      )) as { id: number; status: string; classified: boolean }[];
      evaluationIds.forEach((id, i) => {
        const r = rows.find((x) => x.id === id);
        if (!r) throw badInput(`evaluationIds[${i}]`, '评价不存在', 'no such evaluation');
        if (r.classified)
          throw badInput(
            `evaluationIds[${i}]`,
            '涉密单位评价不公开',
            'a classified unit’s evaluation is never published',
          );
        if (r.status !== 'FINAL') {
          throw new AppError(
            'INVALID_TRANSITION',
            `evaluationIds[${i}]：评价尚未定稿，不能公开`,
            `evaluationIds[${i}]: not final yet`,
            { field: `evaluationIds[${i}]` },
          );
        }
      });
      await m.query(`UPDATE evaluation SET published_on = $2, version = version + 1 WHERE id = ANY($1)`, [
        evaluationIds,
        today(),
      ]);
      await this.wf.record(m, act, 'PUBLISH', 'Evaluation', evaluationIds[0] ?? 0, null, { evaluationIds });
      return evaluationIds.length;
    });
  }

  /** The budget years with anything published, newest first: the public page's year picker (no login). */
  async publicYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.wf.db.query(
      `SELECT DISTINCT p.year FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified
        ORDER BY p.year DESC`,
    );
    return rows.map((r) => r.year);
  }

  /** What the public sees of a year (no login): published targets and evaluations, never a classified unit's. */
  publicProjects({
    year,
    first,
    after,
    search,
    withEvaluations,
    regionCode,
  }: {
    regionCode?: string;
    year: number;
    first?: number;
    after?: string;
    search?: string;
    withEvaluations?: boolean;
  }) {
    const p = sqlParams([year]);
    let where = '';
    if (search) {
      const like = p.push(containsPattern(search));
      where += ` AND (p.name ILIKE ${like} OR p.code ILIKE ${like} OR u.name ILIKE ${like})`;
    }
    if (regionCode) where += ` AND p.region_id = (SELECT r.id FROM region r WHERE r.code = ${p.push(regionCode)})`;
    if (withEvaluations)
      where += ` AND EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id AND e.published_on IS NOT NULL AND e.status = 'FINAL')`;
    return paginate({
      db: this.wf.db,
      select: `p.id, p.code, p.name, u.name AS unit_name, p.year, p.budget::text AS budget, p.targets_published_on::text AS published,
        (SELECT COALESCE(json_agg(json_build_object('name', i.name, 'level1', i.level1, 'comparator', i.comparator,
           'targetValue', trim(trailing '.' from trim(trailing '0' from i.target_value::text)), 'targetText', i.target_text, 'unitOfMeasure', i.unit_of_measure) ORDER BY i.id), '[]')
           FROM project_indicator i WHERE i.project_id = p.id AND i.retired_on IS NULL) AS indicators,
        (SELECT COALESCE(json_agg(json_build_object('kind', e.kind, 'score', COALESCE(e.expert_score, e.score), 'grade', e.grade, 'publishedOn', e.published_on) ORDER BY e.id), '[]')
           FROM evaluation e WHERE e.project_id = p.id AND e.published_on IS NOT NULL AND e.status = 'FINAL') AS evaluations`,
      from: `FROM project p JOIN unit u ON u.id = p.unit_id
             WHERE p.year = $1 AND p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified${where}`,
      params: p.values,
      idExpr: 'p.id',
      order: { expr: 'p.code', type: 'text', direction: 'ASC' },
      first: first ?? 20,
      after,
      map: (r: any): PublicProject => ({
        id: toGlobalId('PublicProject', r.id),
        code: r.code,
        name: r.name,
        unitName: r.unit_name,
        year: r.year,
        budget: r.budget,
        targetsPublishedOn: r.published,
        indicators: r.indicators,
        evaluations: r.evaluations.map((e: any) => ({ ...e, score: e.score === null ? null : Number(e.score) })),
      }),
    });
  }
}
