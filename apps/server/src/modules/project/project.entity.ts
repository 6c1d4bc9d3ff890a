import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { FUND_FAMILIES, PROJECT_KINDS, type FundFamily, type ProjectKind } from '@jixiao/schema/enums';
import { MONEY, oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { FundFamilyRow } from '../fund-family/fund-family.entity.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.entity.js';

export const TARGET_STATUSES = ['DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'APPROVED', 'RETURNED'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * A project expenditure (项目支出) of one budget year. At provincial scale a year holds ~1M rows:
 * every dashboard query filters by year first, then by county, unit or fund family.
 */
@Entity()
@Check(`"budget" >= 0`)
@Check(oneOf('kind', PROJECT_KINDS))
@Check(oneOf('fund_family', FUND_FAMILIES))
@Check(oneOf('target_status', TARGET_STATUSES))
@Check(`"year" BETWEEN 2000 AND 2100`)
@Index(['year', 'regionId'])
@Index(['year', 'unitId'])
@Index(['year', 'fundFamily'])
@Index(['unitId', 'code', 'year'], { unique: true })
@Index(['transferPaymentId'], { where: '"transfer_payment_id" IS NOT NULL' })
// The orders of the projects connection (keyset pagination on (key, id)).
@Index(['code', 'id'])
@Index(['budget', 'id'])
// The same within a county's year, for a county's lists (migration 1796601900000), and a unit's year in code
// order, for each unit's page of projects (1796602100000).
@Index('IDX_project_county_code', { synchronize: false })
@Index('IDX_project_county_budget', { synchronize: false })
@Index('IDX_project_unit_code', { synchronize: false })
// The performance section's queue of targets to approve: empty once the work is done, a scan of nothing.
@Index(['regionId'], { where: `"target_status" = 'FIRST_REVIEWED'` })
// A county's projects with their unit and fund family, read from the index (INCLUDE), and its queues of targets
// to publish and to review first (migration 1796601000000).
@Index('IDX_project_region_cover', { synchronize: false })
@Index('IDX_project_targets_to_publish', { synchronize: false })
@Index('IDX_project_targets_submitted', { synchronize: false })
export class Project {
  @PrimaryGeneratedColumn()
  id: number;

  /** The county; denormalised from the unit so that regional scope is one indexed condition. */
  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column()
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 32 })
  fundFamily: FundFamily;

  @ManyToOne(() => FundFamilyRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_family' })
  fundFamilyRow?: Relation<FundFamilyRow>;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The project's budget for the year, in yuan. */
  @Column(MONEY)
  budget: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ProjectKind;

  /** 重点项目 */
  @Column({ default: false })
  isKey: boolean;

  /** 年初预算项目, as opposed to a mid-year addition (年中追加). */
  @Column({ default: true })
  inAnnualBudget: boolean;

  /** The date the project entered the budget: a mid-year addition is monitored only from the checkpoints after it. */
  @Column({ type: 'date' })
  budgetedOn: string;

  /** 专项 (a specialised project): may be re-assessed by an agency whatever its size. */
  @Column({ default: false })
  isSpecialised: boolean;

  /** 政府购买服务 */
  @Column({ default: false })
  purchaseOfServices: boolean;

  /** The upper-level transfer payment whose targets this project carries a split of. */
  @Column({ type: 'int', nullable: true })
  transferPaymentId: number | null;

  @ManyToOne(() => TransferPayment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_payment_id' })
  transferPayment?: Relation<TransferPayment>;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  targetStatus: TargetStatus;

  /** Targets disclosed to the public (信息公开) on this date; null while not published. */
  @Column({ type: 'date', nullable: true })
  targetsPublishedOn: string | null;

  /**
   * When the fund-owning section of the project's family reviewed its submitted targets and passed them upward
   * (审核上报); cleared when the unit submits them again. The performance section approves only stamped targets.
   */
  @Column({ type: 'date', nullable: true })
  targetsFundReviewedOn: string | null;

  /**
   * The project of the year before that this one carries over (延续项目, made by carryOverYear); null for a
   * project entered on its own. Its next year's line is the project whose carriedOverFromId is this one.
   */
  @Column({ type: 'int', nullable: true, unique: true })
  carriedOverFromId: number | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'carried_over_from_id' })
  carriedOverFrom?: Relation<Project>;

  /** The budget before the decided cuts of earlier evaluations were applied to it; null when none was. */
  @Column({ ...MONEY, nullable: true })
  budgetBeforeCuts: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
