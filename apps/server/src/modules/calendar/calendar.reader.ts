import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import type { DeadlineKind, Role } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import { keyEvaluationDue } from '../../rules/calendar.js';
import { elapsedShareAt } from '../../rules/monitoring.js';
import { parseRuleSet } from '../../rules/rule-set.js';
import { regionRows, ScopedReader } from '../auth/index.js';
import { today } from '../workflow/index.js';
import type { Deadline, YearInfo, YearsInfo } from './calendar.types.js';
import { viewerTodos } from './todo.reader.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

type Dated = Omit<Deadline, 'daysLeft'>;

/** The deadlines derived from a year's checkpoints: each period's end and its reports' due date. */
function checkpointDeadlines(c: { month: number; scope: string; period_end: string; report_due: string }): Dated[] {
  const at = (dueOn: string, kind: DeadlineKind, titleZh: string, titleEn: string, roles: Role[]): Dated => ({
    dueOn,
    kind,
    titleZh,
    titleEn,
    roles,
    checkpointMonth: c.month,
    id: null,
  });
  const month = MONTHS_EN[c.month - 1];
  if (c.scope !== 'PROJECT') {
    return [at(c.period_end, 'UNIT_WIDE_MONITORING', '部门整体绩效监控', 'Unit-wide monitoring', ['UNIT'])];
  }
  return [
    at(c.period_end, 'CHECKPOINT', `监控节点（${c.month}月底）`, `Checkpoint (end of ${month})`, [
      'UNIT',
      'BUSINESS_SECTION',
      'PERFORMANCE',
    ]),
    at(c.report_due, 'REPORTS_DUE', `${c.month}月监控报告报送截止`, `${month} monitoring reports due`, ['UNIT']),
  ];
}

/** The year's deadlines, the years with data and the county's today: every date the dashboard shows. */
export class CalendarReader extends ScopedReader {
  /**
   * The deadlines of the viewer's county in a year: the stored calendar, the checkpoints stored for the year,
   * and the key evaluations of the year before (due this year by its rule set). All of them for leadership
   * and upper levels, else the role's.
   */
  async deadlines(year: number): Promise<Deadline[]> {
    const v = this.v;
    const stored = await this.q(
      () => `SELECT id, due_on::text AS due_on, kind, title_zh, title_en, roles FROM calendar_deadline
              WHERE region_id = $1 AND year = $2`,
      [v.regionId, year],
    );
    const checkpoints = await this.q(
      () => `SELECT month, scope, period_end::text AS period_end, report_due::text AS report_due
               FROM monitoring_checkpoint WHERE region_id = $1 AND year = $2`,
      [v.regionId, year],
    );
    const evaluated = year - 1;
    const keyDue = keyEvaluationDue(evaluated, await this.rules(evaluated));
    const all: Dated[] = [
      ...stored.map((r) => ({
        id: toGlobalId('CalendarDeadline', r.id),
        dueOn: r.due_on,
        kind: r.kind,
        titleZh: r.title_zh,
        titleEn: r.title_en,
        roles: r.roles,
        checkpointMonth: null,
      })),
      ...checkpoints.flatMap((c) => checkpointDeadlines(c as never)),
      {
        dueOn: keyDue,
        kind: 'KEY_EVALUATION',
        titleZh: `${evaluated}年度财政重点评价完成`,
        titleEn: `Key evaluations of ${evaluated} done`,
        roles: ['PERFORMANCE', 'AGENCY'],
        checkpointMonth: null,
        id: null,
      },
    ];
    const everyone = v.role === 'LEADERSHIP' || v.role === 'UPPER_LEVEL';
    const now = today();
    return all
      .filter((d) => everyone || d.roles.includes(v.role))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind))
      .map((d) => ({ ...d, daysLeft: daysBetween(now, d.dueOn) }));
  }

  todos() {
    return viewerTodos(this.db, this.v);
  }

  /** The years with projects, evaluations or checkpoints in the viewer's counties, and which to show. */
  async years(): Promise<YearsInfo> {
    // Candidate years are cheap to list (min and max of an index, and the checkpoints); each is then probed by
    // index. The work year is the earliest with a stored project checkpoint not yet closed.
    const rows = await this.q(
      (p) => `WITH candidate AS (
          SELECT generate_series(b.lo, b.hi) AS year FROM (SELECT min(year)::int AS lo, max(year)::int AS hi FROM project) b
          UNION SELECT DISTINCT c.year::int FROM monitoring_checkpoint c WHERE ${regionRows(this.v, p, 'c.region_id')})
        SELECT y.year,
               EXISTS (SELECT 1 FROM project p WHERE p.year = y.year AND ${regionRows(this.v, p, 'p.region_id')}) AS has_projects,
               EXISTS (SELECT 1 FROM evaluation e JOIN unit u ON u.id = e.unit_id
                        WHERE e.year = y.year AND ${regionRows(this.v, p, 'u.region_id')}) AS has_evaluations,
               COALESCE((SELECT array_agg(DISTINCT c.month ORDER BY c.month) FROM monitoring_checkpoint c
                          WHERE c.year = y.year AND c.scope = 'PROJECT' AND ${regionRows(this.v, p, 'c.region_id')}), '{}') AS months,
               (SELECT bool_and(c.status = 'CONFIRMED') FROM monitoring_checkpoint c
                 WHERE c.year = y.year AND c.scope = 'PROJECT' AND ${regionRows(this.v, p, 'c.region_id')}) AS closed,
               (SELECT count(*)::int FROM evaluation e JOIN unit u ON u.id = e.unit_id
                 WHERE e.year = y.year AND e.kind = 'KEY' AND ${regionRows(this.v, p, 'u.region_id')}) AS key_planned
          FROM candidate y ORDER BY y.year`,
    );
    const years: YearInfo[] = [];
    let workYear: number | null = null;
    const now = today();
    const thisYear = Number(now.slice(0, 4));
    for (const r of rows) {
      if (!r.has_projects && !r.has_evaluations && r.months.length === 0) continue;
      const rules = await this.rules(r.year);
      const months: number[] = r.months.length > 0 ? r.months : rules.monitoring.checkpoints.map((c) => c.month);
      years.push({
        year: r.year,
        hasProjects: r.has_projects,
        hasEvaluations: r.has_evaluations,
        checkpointMonths: months,
        checkpointShares: months.map((month) => {
          const share = elapsedShareAt(month, rules.monitoring);
          return { month, elapsedNumerator: share.numerator, elapsedDenominator: share.denominator };
        }),
        checkpointsClosed: r.closed === true,
        // The rule's minimum (DOMAIN §4: at least 5) is per county: an upper level spanning several gets none. A
        // budget year is evaluated the year after: before that year begins nothing is short yet.
        keyEvaluationShortfall:
          this.v.role !== 'UPPER_LEVEL' &&
          this.v.role !== 'ADMIN' &&
          thisYear > r.year &&
          r.key_planned < rules.keyEvaluation.minProjects
            ? { required: rules.keyEvaluation.minProjects, planned: r.key_planned }
            : null,
      });
      if (workYear === null && r.months.length > 0 && r.closed !== true) workYear = r.year;
    }
    const latest = years.at(-1)?.year ?? null;
    return {
      years,
      today: now,
      currentYear: thisYear,
      defaultYear: years.filter((y) => y.checkpointsClosed).at(-1)?.year ?? latest,
      workYear: workYear ?? latest,
    };
  }

  /** The rule set of the viewer's county for a year (the default when it has none). */
  private async rules(year: number): Promise<RuleSet> {
    const [row] = await this.q(
      () => `SELECT rules FROM rule_set WHERE region_id = $1 AND year = $2`,
      [this.v.regionId, year],
    );
    return row ? parseRuleSet(row.rules) : DEFAULT_RULE_SET;
  }
}
