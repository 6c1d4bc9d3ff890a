import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { AppError } from '../../graphql/errors.js';
import { businessDate } from '../../rules/calendar.js';
import { parseRuleSet } from '../../rules/rule-set.js';
import { RuleInputError } from '../../rules/decimal.js';
import type { AuditService } from '../audit/index.js';
import { projectRows, sqlParams, type SqlParams } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';

// The machinery every lifecycle mutation shares: one transaction, the row locked and loaded within
// the viewer's scope (out of scope = not found), a state machine, optimistic concurrency, the audit entry.

export interface Act {
  viewer: Viewer;
  requestId: string;
}

export class Workflow {
  constructor(
    readonly db: DataSource,
    readonly audit: AuditService,
  ) {}

  /** Runs `fn` in one transaction; rule input errors become BAD_USER_INPUT naming the field. */
  async run<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('READ COMMITTED', fn);
    } catch (e) {
      if (e instanceof RuleInputError) {
        // Its message already names the field in Chinese and English.
        throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', field: e.field } });
      }
      throw e;
    }
  }

  /**
   * Locks one row for update, found only within the viewer's scope. `sql` gets the params builder and returns
   * the FROM … WHERE … text (with $1 the id); the row must have `id` and `version`.
   */
  async lock<R extends { version: number }>(
    m: EntityManager,
    entity: string,
    id: number,
    sql: (p: SqlParams) => string,
    lockAlias: string,
  ): Promise<R> {
    const p = sqlParams([id]);
    const text = sql(p);
    const [row] = (await m.query(`${text} FOR UPDATE OF ${lockAlias}`, p.values)) as R[];
    if (!row) throw notFound(entity);
    return row;
  }

  /** Locks a project found within the viewer's scope, selecting `columns` of `p` (the project) and `u` (its unit). */
  lockProject<R extends { version: number }>(
    m: EntityManager,
    act: Act,
    projectId: number,
    columns: string,
  ): Promise<R> {
    return this.lock<R>(
      m,
      '项目',
      projectId,
      (p) =>
        `SELECT ${columns}, p.version FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.id = $1 AND ${projectRows(act.viewer, p)}`,
      'p',
    );
  }

  /**
   * Classified units (涉密单位) are out of sight of the business, fund and budget sections, so the performance
   * section takes their steps: a first review, or the decision on a cut. It takes those steps for classified
   * units only; everyone else's stay with the section that owns them.
   */
  async checkStandIn(m: EntityManager, act: Act, projectId: number, step: { zh: string; en: string }): Promise<void> {
    if (act.viewer.role !== 'PERFORMANCE') return;
    const [row] = await m.query(`SELECT u.classified FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.id = $1`, [
      projectId,
    ]);
    if (!row?.classified) {
      throw new AppError(
        'FORBIDDEN',
        `绩效科只代为办理涉密单位的${step.zh}；该单位由对口科室办理`,
        `The performance section takes the ${step.en} of classified units only; this unit's is done by its own section`,
        { field: 'id' },
      );
    }
  }

  /**
   * The agency a project's key evaluation or ex-ante re-assessment is assigned to: one of the viewer's own
   * region, and for a classified unit's project one an administrator has cleared for classified work
   * (else `agencyId` is named).
   */
  async checkAgencyFor(m: EntityManager, act: Act, projectId: number, agencyId: number): Promise<void> {
    const [row] = await m.query(
      `SELECT a.cleared_for_classified AS cleared, (SELECT u.classified FROM project p JOIN unit u ON u.id = p.unit_id
                WHERE p.id = $3) AS classified
         FROM agency a WHERE a.id = $1 AND a.region_id = $2`,
      [agencyId, act.viewer.regionId, projectId],
    );
    if (!row) throw badInput('agencyId', '机构不存在', 'no such agency');
    if (row.classified && !row.cleared) {
      throw badInput(
        'agencyId',
        '涉密单位的项目只能委托具备涉密业务资质的机构',
        'a classified unit’s project goes only to an agency cleared for classified work',
      );
    }
  }

  /** The checkpoints a project failed in a row, counting back from the latest confirmed report (before `periodEnd`, if given). */
  async failuresInARow(m: EntityManager, projectId: number, periodEnd: string | null = null): Promise<number> {
    const reports = (await m.query(
      `SELECT r.failed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
        WHERE r.project_id = $1 AND r.status = 'CONFIRMED' AND ($2::date IS NULL OR c.period_end < $2::date)
        ORDER BY c.period_end DESC`,
      [projectId, periodEnd],
    )) as { failed: boolean }[];
    const firstPass = reports.findIndex((r) => !r.failed);
    return firstPass === -1 ? reports.length : firstPass;
  }

  async record(
    m: EntityManager,
    act: Act,
    action: string,
    entity: string,
    entityId: number,
    before: unknown,
    after: unknown,
  ) {
    await this.audit.record(
      {
        action,
        userId: act.viewer.userId,
        tokenId: act.viewer.tokenId,
        requestId: act.requestId,
        entity,
        entityId,
        before,
        after,
      },
      m,
    );
  }

  async rules(m: EntityManager, regionId: number, year: number): Promise<RuleSet> {
    const [row] = await m.query(`SELECT rules FROM rule_set WHERE region_id = $1 AND year = $2`, [regionId, year]);
    return row ? parseRuleSet(row.rules) : DEFAULT_RULE_SET;
  }
}

export const notFound = (entity: string) =>
  new AppError('NOT_FOUND', `${entity}不存在或无权访问`, `No such ${entity}`, { entity });

/** Optimistic concurrency: the client sends the version it read; someone else's change in between is a conflict. */
export function checkVersion(entity: string, current: number, expected: number): void {
  if (current !== expected) {
    throw new AppError(
      'CONFLICT',
      `${entity}已被他人修改（当前版本 ${current}，您的版本 ${expected}），请刷新后重试`,
      `${entity} was changed by someone else (version ${current}, yours ${expected}): reload and try again`,
      { field: 'version', current, expected },
    );
  }
}

/** The state machine: a step from `state` is legal only from the listed states. */
export function checkState<S extends string>(entity: string, state: S, allowed: readonly S[], step: string): void {
  if (!allowed.includes(state)) {
    throw new AppError(
      'INVALID_TRANSITION',
      `${entity}当前状态为 ${state}，不能执行“${step}”（需为 ${allowed.join('/')}）`,
      `${entity} is ${state}: "${step}" needs ${allowed.join(' or ')}`,
      { state, step },
    );
  }
}

export function badInput(field: string, zh: string, en: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}：${zh}`, `${field}: ${en}`, { field });
}

/**
 * The county's today (Asia/Shanghai), the date every action is recorded on. SQL's current_date agrees: every
 * connection runs in that time zone (database/data-source.ts).
 */
export const today = () => businessDate(new Date());

/** The acting viewer of an authorized request. */
export const actOf = (ctx: { viewer: Viewer | null; requestId: string }): Act => ({
  viewer: ctx.viewer!,
  requestId: ctx.requestId,
});
