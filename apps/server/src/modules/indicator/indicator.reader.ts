import { byId, groupBy, trimNumeric, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import type { Indicator } from './indicator.types.js';

const INDICATOR_COLUMNS = `i.id, i.project_id, i.level1, i.level2, i.name, i.comparator, i.target_value::text AS target_value,
  i.target_text, i.unit_of_measure, i.weight::float8 AS weight, i.is_key, i.template_id, i.retired_on::text AS retired_on,
  (SELECT json_build_object('id', ti.id, 'name', ti.name, 'tp', tp.name, 'doc', tp.document_no, 'upper', trim_scale(ti.target_value)::text)
     FROM transfer_payment_indicator ti JOIN transfer_payment tp ON tp.id = ti.transfer_payment_id WHERE ti.id = i.transfer_indicator_id) AS transfer`;
const INDICATOR_FROM = `FROM project_indicator i JOIN project p ON p.id = i.project_id JOIN unit u ON u.id = p.unit_id`;

const mapIndicator = (r: Row): Indicator =>
  ({
    __typename: 'Indicator',
    id: toGlobalId('Indicator', r.id),
    dbId: r.id,
    projectId: r.project_id,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    comparator: r.comparator,
    targetValue: trimNumeric(r.target_value),
    targetText: r.target_text,
    unitOfMeasure: r.unit_of_measure,
    weight: r.weight,
    isKey: r.is_key,
    custom: r.template_id === null,
    templateId: r.template_id === null ? null : toGlobalId('IndicatorTemplate', r.template_id),
    retiredOn: r.retired_on,
    transferIndicator:
      r.transfer == null
        ? null
        : {
            id: toGlobalId('TransferIndicator', r.transfer.id),
            name: r.transfer.name,
            transferPaymentName: r.transfer.tp,
            documentNo: r.transfer.doc,
            upperValue: r.transfer.upper,
          },
  }) as Indicator;

/** Projects' performance targets, within the viewer's row scope. */
export class IndicatorReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${INDICATOR_COLUMNS} ${INDICATOR_FROM} WHERE i.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapIndicator);
  }

  /** The current targets of projects (those replaced by an adjustment stay readable by id). */
  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${INDICATOR_COLUMNS} ${INDICATOR_FROM}
      WHERE i.project_id = ANY($1) AND i.retired_on IS NULL AND ${projectRows(this.v, p)} ORDER BY i.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapIndicator);
  }
}
