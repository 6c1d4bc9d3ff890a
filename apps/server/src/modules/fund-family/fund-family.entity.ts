import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { FUND_FAMILIES, type FundFamily } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';

/** The fund families: the four budgets and the families tracked on their own. Reference data seeded by migration. */
@Entity('fund_family')
@Check(oneOf('code', FUND_FAMILIES))
export class FundFamilyRow {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: FundFamily;

  @Column({ type: 'varchar', length: 60 })
  nameZh: string;

  @Column({ type: 'varchar', length: 80 })
  nameEn: string;

  /** One of the four budgets (四本预算), as opposed to a family tracked across them. */
  @Column()
  isBudget: boolean;

  @Column({ type: 'smallint' })
  sortOrder: number;
}
