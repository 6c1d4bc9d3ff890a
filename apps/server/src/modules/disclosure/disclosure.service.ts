import { AppError } from '../../graphql/errors.js';
import { badInput, today, type Act, type Workflow } from '../workflow/workflow.js';

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
}
