import type { DataSource } from 'typeorm';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { AppError } from '../../graphql/errors.js';
import { parseRuleSet, RuleSetError } from '../../rules/rule-set.js';
import type { AuditService } from '../audit/index.js';
import type { Viewer } from '../auth/index.js';

/** The rules of each year of a county, stored so next year's can change without touching code. */
export class RuleSetService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The rule set in force for a county and year: the stored one, else the defaults. */
  async forYear(regionId: number, year: number): Promise<{ rules: RuleSet; stored: boolean }> {
    const [row] = await this.db.query(`SELECT rules FROM rule_set WHERE region_id = $1 AND year = $2`, [
      regionId,
      year,
    ]);
    return row ? { rules: parseRuleSet(row.rules), stored: true } : { rules: DEFAULT_RULE_SET, stored: false };
  }

  /**
   * Sets a year's rules. A year whose results exist (reports confirmed or evaluations final) keeps its rules,
   * so last year's results stay as they were computed.
   */
  async set(viewer: Viewer, year: number, json: unknown, requestId: string): Promise<RuleSet> {
    let rules: RuleSet;
    try {
      rules = parseRuleSet(json);
    } catch (e) {
      if (e instanceof RuleSetError) {
        throw new AppError(
          'BAD_USER_INPUT',
          `规则设置有误：${e.issues.map((i) => `${i.path}: ${i.zh}`).join('；')}`,
          `Invalid rules: ${e.issues.map((i) => `${i.path}: ${i.en}`).join('; ')}`,
          { fields: e.issues.map((i) => ({ field: `rules.${i.path}`, zh: i.zh, en: i.en })) },
        );
      }
      throw e;
    }
    return this.db.transaction(async (m) => {
      const [used] = await m.query(
        `SELECT (EXISTS (SELECT 1 FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                          WHERE c.region_id = $1 AND c.year = $2 AND r.status = 'CONFIRMED')
              OR EXISTS (SELECT 1 FROM evaluation e JOIN unit u ON u.id = e.unit_id
                          WHERE u.region_id = $1 AND e.year = $2 AND e.status = 'FINAL')) AS used`,
        [viewer.regionId, year],
      );
      if (used.used) {
        throw new AppError(
          'INVALID_TRANSITION',
          `${year}年度已有按规则得出的结果，规则不可再改`,
          `The rules of ${year} already produced results and can no longer change`,
          { field: 'year' },
        );
      }
      const [before] = await m.query(`SELECT rules FROM rule_set WHERE region_id = $1 AND year = $2 FOR UPDATE`, [
        viewer.regionId,
        year,
      ]);
      await m.query(
        `INSERT INTO rule_set (region_id, year, rules) VALUES ($1, $2, $3)
         ON CONFLICT (region_id, year) DO UPDATE SET rules = EXCLUDED.rules`,
        [viewer.regionId, year, JSON.stringify(rules)],
      );
      await this.audit.record(
        {
          action: before ? 'UPDATE' : 'CREATE',
          userId: viewer.userId,
          requestId,
          entity: 'RuleSet',
          entityId: year,
          before: before?.rules ?? null,
          after: rules,
        },
        m,
      );
      return rules;
    });
  }
}
