import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FUND_FAMILIES, FUND_FAMILY_LABELS } from '@jixiao/schema/enums';

/** Reference rows of the fund families (the four budgets first). */
export class FundFamilies1795848999000 implements MigrationInterface {
  name = 'FundFamilies1795848999000';

  async up(q: QueryRunner): Promise<void> {
    const budgets = new Set(['GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE']);
    for (const [i, code] of FUND_FAMILIES.entries()) {
      await q.query(
        `INSERT INTO "fund_family" ("code", "name_zh", "name_en", "is_budget", "sort_order") VALUES ($1, $2, $3, $4, $5)`,
        [code, FUND_FAMILY_LABELS[code].zh, FUND_FAMILY_LABELS[code].en, budgets.has(code), i + 1],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "fund_family"`);
  }
}
