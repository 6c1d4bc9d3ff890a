import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, regionRows, sqlParams } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';
import { badInput, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

/** One indicator of a project draft, as far as its share of an upper-level target is concerned. */
export interface SplitDraft {
  level1: string;
  comparator: string;
  unitOfMeasure?: string | null;
  targetValue?: string | null;
  transferIndicatorId?: number | null;
}

export interface TransferSplitRowView {
  projectId: string;
  projectCode: string;
  projectName: string;
  unitName: string;
  indicatorId: string;
  indicatorName: string;
  value: string;
  targetStatus: string;
}

export interface TransferTargetView {
  id: string;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  unitOfMeasure: string;
  upperValue: string;
  splitSum: string;
  difference: string;
  ok: boolean;
  splitCount: number;
  splits: TransferSplitRowView[];
}

export interface TransferPaymentView {
  id: string;
  year: number;
  documentNo: string;
  name: string;
  amount: string;
  splitConfirmedOn: string | null;
  version: number;
  ok: boolean;
  indicators: TransferTargetView[];
}

interface Row {
  [k: string]: any;
}

/**
 * Transfer payments (中央/专项转移支付): an upper level sets target values, the county splits them over its
 * TRANSFER_PAYMENT projects, and the split must add up exactly. Values are numeric in SQL throughout.
 */
export class TransferPaymentService {
  constructor(private readonly wf: Workflow) {}

  /**
   * Checks the links of a project's indicators to upper-level targets, inside the caller's transaction:
   * same region, year and fund family; same level 1, comparator and unit of measure; and no over-allocation
   * (the other projects' current values plus this draft's must not exceed the upper value). Locks the upper
   * targets it touches so two units cannot over-allocate one at the same time.
   */
  async checkLinks(m: EntityManager, projectId: number, drafts: SplitDraft[]): Promise<void> {
    const linked = drafts.map((d, i) => ({ d, i })).filter((x) => x.d.transferIndicatorId != null);
    if (linked.length === 0) return;
    const [project] = await m.query(`SELECT id, region_id, year, fund_family FROM project WHERE id = $1`, [projectId]);
    const ids = [...new Set(linked.map((x) => x.d.transferIndicatorId!))].sort((a, b) => a - b);
    const targets = new Map<number, Row>(
      (
        await m.query(
          `SELECT ti.id, ti.level1, ti.comparator, ti.unit_of_measure, trim_scale(ti.target_value)::text AS upper, tp.region_id, tp.year
         FROM transfer_payment_indicator ti JOIN transfer_payment tp ON tp.id = ti.transfer_payment_id
        WHERE ti.id = ANY($1) ORDER BY ti.id FOR UPDATE OF ti`,
          [ids],
        )
      ).map((r: Row) => [r.id, r]),
    );
    for (const { d, i } of linked) {
      const field = `indicators[${i}].transferIndicatorId`;
      const t = targets.get(d.transferIndicatorId!);
      if (!t || t.region_id !== project.region_id || t.year !== project.year) {
        throw badInput(
          field,
          '不是本地区本年度的上级转移支付目标',
          'not an upper-level transfer target of this region and year',
        );
      }
      if (project.fund_family !== 'TRANSFER_PAYMENT') {
        throw badInput(
          field,
          '只有转移支付资金项目才能承接上级转移支付目标',
          'only a TRANSFER_PAYMENT project can carry a share of an upper-level target',
        );
      }
      if (
        d.level1 !== t.level1 ||
        d.comparator !== t.comparator ||
        (d.unitOfMeasure ?? '').trim() !== t.unit_of_measure
      ) {
        throw badInput(
          field,
          `须与上级目标的一级指标、比较符、计量单位一致（${t.level1}、${t.comparator}、${t.unit_of_measure}）`,
          `must have the upper target's level 1, comparator and unit of measure (${t.level1}, ${t.comparator}, ${t.unit_of_measure})`,
        );
      }
      if (!d.targetValue) {
        throw badInput(
          `indicators[${i}].targetValue`,
          '承接上级目标须填写分解值',
          'a share of an upper target needs a value',
        );
      }
    }
    // Running sum per upper target over this draft's rows, on top of every other project's current values.
    const rows = (await m.query(
      `WITH d AS (
         SELECT x.ord, x.tid, x.val::numeric AS val
           FROM unnest($2::int[], $3::text[]) WITH ORDINALITY AS x(tid, val, ord)
       )
       SELECT d.ord::int AS ord, d.tid,
              trim_scale(ti.target_value)::text AS upper,
              trim_scale(o.others)::text AS others,
              trim_scale(ti.target_value - o.others)::text AS left,
              (o.others + sum(d.val) OVER (PARTITION BY d.tid ORDER BY d.ord)) > ti.target_value AS over
         FROM d JOIN transfer_payment_indicator ti ON ti.id = d.tid
         CROSS JOIN LATERAL (SELECT COALESCE(sum(pi.target_value), 0) AS others FROM project_indicator pi
                              WHERE pi.transfer_indicator_id = ti.id AND pi.project_id <> $1) o
        ORDER BY d.ord`,
      [projectId, linked.map((x) => x.d.transferIndicatorId), linked.map((x) => x.d.targetValue)],
    )) as Row[];
    const over = rows.find((r) => r.over);
    if (over) {
      const i = linked[over.ord - 1]!.i;
      throw new AppError(
        'BAD_USER_INPUT',
        `indicators[${i}].targetValue：超过上级目标值 ${over.upper}（其他项目已分解 ${over.others}，剩余可分解 ${over.left}）`,
        `indicators[${i}].targetValue: exceeds the upper target ${over.upper} (other projects hold ${over.others}; ${over.left} left to split)`,
        { field: `indicators[${i}].targetValue`, upperValue: over.upper, othersSum: over.others, left: over.left },
      );
    }
  }

  /** Per upper target, this project's linked sum: to see whether a save changed a confirmed split. */
  async linkedSums(m: EntityManager, projectId: number): Promise<Map<number, string>> {
    const rows = await m.query(
      `SELECT transfer_indicator_id AS tid, trim_scale(sum(target_value))::text AS s FROM project_indicator
        WHERE project_id = $1 AND transfer_indicator_id IS NOT NULL GROUP BY 1`,
      [projectId],
    );
    return new Map(rows.map((r: Row) => [r.tid, r.s]));
  }

  /** A confirmed split whose values changed is no longer confirmed: the performance section confirms it again. */
  async unconfirmChanged(
    m: EntityManager,
    act: Act,
    before: Map<number, string>,
    after: Map<number, string>,
  ): Promise<void> {
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    if (changed.length === 0) return;
    const reset = await m.query(
      `UPDATE transfer_payment SET split_confirmed_on = NULL, version = version + 1
        WHERE split_confirmed_on IS NOT NULL AND id IN (SELECT transfer_payment_id FROM transfer_payment_indicator WHERE id = ANY($1))
        RETURNING id`,
      [changed],
    );
    for (const r of reset[0] ?? [])
      await this.wf.record(
        m,
        act,
        'UNCONFIRM',
        'TransferPayment',
        r.id,
        { splitConfirmed: true },
        { splitConfirmed: false },
      );
  }

  /** The viewer's region's transfer payments of the year: each upper target with its split (rows within row scope, sums over all). */
  async list(v: Viewer, year: number): Promise<TransferPaymentView[]> {
    const p = sqlParams([year]);
    const region = regionRows(v, p, 'tp.region_id');
    // A unit sees them only when it runs TRANSFER_PAYMENT projects that year: it picks its targets from them.
    const unitFilter =
      v.role === 'UNIT'
        ? `AND EXISTS (SELECT 1 FROM project up WHERE up.unit_id = ${p.push(v.unitId)} AND up.year = tp.year AND up.fund_family = 'TRANSFER_PAYMENT')`
        : '';
    const payments = (await this.wf.db.query(
      `SELECT tp.id, tp.year, tp.document_no, tp.name, tp.amount::text AS amount, tp.split_confirmed_on::text AS confirmed, tp.version
         FROM transfer_payment tp WHERE tp.year = $1 AND ${region} ${unitFilter} ORDER BY tp.id`,
      p.values,
    )) as Row[];
    if (payments.length === 0) return [];
    const ids = payments.map((x) => x.id);
    const targets = (await this.wf.db.query(
      `SELECT ti.id, ti.transfer_payment_id, ti.level1, ti.level2, ti.name, ti.comparator, ti.unit_of_measure,
              trim_scale(ti.target_value)::text AS upper,
              trim_scale(COALESCE(s.total, 0))::text AS split,
              trim_scale(ti.target_value - COALESCE(s.total, 0))::text AS diff,
              ti.target_value = COALESCE(s.total, 0) AS ok, COALESCE(s.n, 0)::int AS n
         FROM transfer_payment_indicator ti
         LEFT JOIN LATERAL (SELECT sum(pi.target_value) AS total, count(*) AS n FROM project_indicator pi
                             WHERE pi.transfer_indicator_id = ti.id) s ON TRUE
        WHERE ti.transfer_payment_id = ANY($1) ORDER BY ti.id`,
      [ids],
    )) as Row[];
    const q = sqlParams([targets.map((t) => t.id)]);
    const splits =
      targets.length === 0
        ? []
        : ((await this.wf.db.query(
            `SELECT pi.transfer_indicator_id AS tid, p.id AS project_id, p.code, p.name AS project_name, u.name AS unit_name,
              pi.id AS indicator_id, pi.name AS indicator_name, trim_scale(pi.target_value)::text AS value, p.target_status
         FROM project_indicator pi JOIN project p ON p.id = pi.project_id JOIN unit u ON u.id = p.unit_id
        WHERE pi.transfer_indicator_id = ANY($1) AND ${projectRows(v, q)} ORDER BY p.code, pi.id`,
            q.values,
          )) as Row[]);
    return payments.map((tp) => {
      const indicators = targets
        .filter((t) => t.transfer_payment_id === tp.id)
        .map((t): TransferTargetView => ({
          id: toGlobalId('TransferIndicator', t.id),
          level1: t.level1,
          level2: t.level2,
          name: t.name,
          comparator: t.comparator,
          unitOfMeasure: t.unit_of_measure,
          upperValue: t.upper,
          splitSum: t.split,
          difference: t.diff,
          ok: t.ok,
          splitCount: t.n,
          splits: splits
            .filter((s) => s.tid === t.id)
            .map((s) => ({
              projectId: toGlobalId('Project', s.project_id),
              projectCode: s.code,
              projectName: s.project_name,
              unitName: s.unit_name,
              indicatorId: toGlobalId('Indicator', s.indicator_id),
              indicatorName: s.indicator_name,
              value: s.value,
              targetStatus: s.target_status,
            })),
        }));
      return {
        id: toGlobalId('TransferPayment', tp.id),
        year: tp.year,
        documentNo: tp.document_no,
        name: tp.name,
        amount: tp.amount,
        splitConfirmedOn: tp.confirmed,
        version: tp.version,
        ok: indicators.every((i) => i.ok),
        indicators,
      };
    });
  }

  async yearOf(id: number): Promise<number[]> {
    return (await this.wf.db.query(`SELECT year FROM transfer_payment WHERE id = $1`, [id])).map((r: Row) => r.year);
  }

  /** The performance section confirms that the split adds up to every upper target; refused naming each one that does not. */
  async confirmSplit(act: Act, id: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const tp = await this.wf.lock<{ id: number; version: number; confirmed: string | null; year: number }>(
        m,
        '转移支付',
        id,
        (p) => `SELECT tp.id, tp.version, tp.year, tp.split_confirmed_on::text AS confirmed FROM transfer_payment tp
                 WHERE tp.id = $1 AND ${regionRows(act.viewer, p, 'tp.region_id')}`,
        'tp',
      );
      checkVersion('转移支付', tp.version, version);
      const off = (await m.query(
        `SELECT ti.name, trim_scale(ti.target_value - COALESCE(sum(pi.target_value), 0))::text AS diff
           FROM transfer_payment_indicator ti LEFT JOIN project_indicator pi ON pi.transfer_indicator_id = ti.id
          WHERE ti.transfer_payment_id = $1 GROUP BY ti.id
         HAVING ti.target_value <> COALESCE(sum(pi.target_value), 0) ORDER BY ti.id`,
        [tp.id],
      )) as { name: string; diff: string }[];
      if (off.length > 0) {
        throw new AppError(
          'INVALID_TRANSITION',
          `目标分解与上级目标值不一致，不能确认：${off.map((o) => `${o.name} 差额 ${o.diff}`).join('；')}`,
          `The split does not add up to the upper targets: ${off.map((o) => `${o.name} differs by ${o.diff}`).join('; ')}`,
          { field: 'id', indicators: off },
        );
      }
      const on = today();
      await m.query(`UPDATE transfer_payment SET split_confirmed_on = $2, version = version + 1 WHERE id = $1`, [
        tp.id,
        on,
      ]);
      await this.wf.record(
        m,
        act,
        'CONFIRM',
        'TransferPayment',
        tp.id,
        { splitConfirmedOn: tp.confirmed },
        { splitConfirmedOn: on },
      );
      return tp.id;
    });
  }
}
