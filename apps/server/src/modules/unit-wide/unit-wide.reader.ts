import { toGlobalId } from '../../graphql/global-id.js';
import { ScopedReader, unitRows } from '../auth/index.js';
import type { UnitWideFlag, UnitWideIndicator, UnitWideReport, UnitWideTargets } from './unit-wide.types.js';

/** Unit-wide performance rows the viewer may see: the unit's own, its section's units, the county's. */
export class UnitWideReader extends ScopedReader {
  async ofYear(year: number, unitId: number | null = null): Promise<UnitWideTargets[]> {
    const rows = await this.q(
      (p) =>
        `SELECT t.id, t.unit_id, t.year, u.name AS unit_name, u.classified, t.budget::text AS budget, t.status, t.self_score::text AS self_score,
                t.self_executed::text AS self_executed, t.self_submitted_on::text AS self_submitted_on, t.version,
                (SELECT e.id FROM evaluation e WHERE e.kind = 'UNIT_WIDE' AND e.unit_id = t.unit_id AND e.year = t.year) AS evaluation_id
           FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
          WHERE t.year = $1 AND ($2::int IS NULL OR t.unit_id = $2) AND ${unitRows(this.v, p, 'u')}
          ORDER BY u.code`,
      [year, unitId],
    );
    return rows.map((r: any) => ({
      id: toGlobalId('UnitWideTargets', r.id),
      dbId: r.id,
      unitDbId: r.unit_id,
      year: r.year,
      unitName: r.unit_name,
      classified: r.classified,
      budget: r.budget,
      status: r.status,
      selfScore: r.self_score,
      selfExecuted: r.self_executed,
      selfSubmittedOn: r.self_submitted_on,
      evaluationId: r.evaluation_id ? toGlobalId('Evaluation', r.evaluation_id) : null,
      version: r.version,
    }));
  }

  async indicators(targetId: number): Promise<UnitWideIndicator[]> {
    const rows = await this.q(
      (p) =>
        `SELECT i.id, i.template_id, i.level1, i.level2, i.name, i.comparator, i.target_value::text AS target_value, i.target_text,
                i.unit_of_measure, i.weight::text AS weight, i.is_key
           FROM unit_wide_indicator i JOIN unit_wide_target t ON t.id = i.target_id JOIN unit u ON u.id = t.unit_id
          WHERE i.target_id = $1 AND ${unitRows(this.v, p, 'u')} ORDER BY i.id`,
      [targetId],
    );
    return rows.map((r: any) => ({
      id: toGlobalId('UnitWideIndicator', r.id),
      dbId: r.id,
      templateId: r.template_id ? toGlobalId('IndicatorTemplate', r.template_id) : null,
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      comparator: r.comparator,
      targetValue: r.target_value,
      targetText: r.target_text,
      unitOfMeasure: r.unit_of_measure,
      weight: Number(r.weight),
      isKey: r.is_key,
    }));
  }

  async reports(targetId: number): Promise<UnitWideReport[]> {
    const rows = await this.q(
      (p) =>
        `SELECT r.id, r.checkpoint_id, r.status, r.budget::text AS budget, r.executed::text AS executed, r.failed,
                r.failure_reasons, r.version
           FROM unit_wide_report r JOIN unit_wide_target t ON t.id = r.target_id JOIN unit u ON u.id = t.unit_id
          WHERE r.target_id = $1 AND ${unitRows(this.v, p, 'u')} ORDER BY r.id`,
      [targetId],
    );
    return rows.map((r: any) => ({
      id: toGlobalId('UnitWideReport', r.id),
      dbId: r.id,
      checkpointId: toGlobalId('Checkpoint', r.checkpoint_id),
      status: r.status,
      budget: r.budget,
      executed: r.executed,
      failed: r.failed,
      failureReasons: (r.failure_reasons as { code: string; indicatorIndex?: number }[]).map((x) =>
        x.indicatorIndex === undefined ? x.code : `${x.code}:${x.indicatorIndex}`,
      ),
      version: r.version,
    }));
  }

  async flags(targetId: number): Promise<UnitWideFlag[]> {
    const rows = await this.q(
      (p) =>
        `SELECT f.id, f.level, f.status, f.deadline::text AS deadline, f.version
           FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id JOIN unit u ON u.id = t.unit_id
          WHERE f.target_id = $1 AND ${unitRows(this.v, p, 'u')} ORDER BY f.id`,
      [targetId],
    );
    return rows.map((r: any) => ({
      id: toGlobalId('UnitWideFlag', r.id),
      level: r.level,
      status: r.status,
      deadline: r.deadline,
      version: r.version,
    }));
  }
}
