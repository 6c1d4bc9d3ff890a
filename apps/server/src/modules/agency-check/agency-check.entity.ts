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
import { SCORE, oneOf } from '../../database/checks.js';
import { Agency } from '../agency/agency.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { ExAnteAssessment } from '../ex-ante/ex-ante-assessment.entity.js';
import { Region } from '../region/region.entity.js';
import { Unit } from '../unit/unit.entity.js';

/** 定向检查 on a lead, or 随机抽查 drawn by the server. */
export const AGENCY_CHECK_KINDS = ['TARGETED', 'RANDOM'] as const;
export type AgencyCheckKind = (typeof AGENCY_CHECK_KINDS)[number];
/** OPEN → CONCLUDED. */
export const AGENCY_CHECK_STATUSES = ['OPEN', 'CONCLUDED'] as const;
export type AgencyCheckStatus = (typeof AGENCY_CHECK_STATUSES)[number];
export const AGENCY_CHECK_OUTCOMES = ['PASSED', 'ISSUES_FOUND'] as const;
export type AgencyCheckOutcome = (typeof AGENCY_CHECK_OUTCOMES)[number];

/**
 * A check of one piece of a third-party agency's work of a year (a key evaluation it did, or an ex-ante
 * re-assessment), by the performance section (DOMAIN.md §7). A concluded check with issues takes its deduction
 * off the agency's quality score of that year.
 */
@Entity()
@Check(oneOf('kind', AGENCY_CHECK_KINDS))
@Check(oneOf('status', AGENCY_CHECK_STATUSES))
@Check(`"outcome" IS NULL OR ${oneOf('outcome', AGENCY_CHECK_OUTCOMES)}`)
@Check(`("evaluation_id" IS NULL) <> ("ex_ante_assessment_id" IS NULL)`)
@Check(`("status" = 'CONCLUDED') = ("outcome" IS NOT NULL)`)
@Check(`"deduction" BETWEEN 0 AND 100 AND ("outcome" = 'ISSUES_FOUND' OR "deduction" = 0)`)
@Check(`("kind" = 'RANDOM') = ("draw_seed" IS NOT NULL)`)
@Check(`"kind" = 'RANDOM' OR length("lead_source") > 0`)
@Index(['regionId', 'year'])
@Index(['agencyId', 'year'])
@Index(['evaluationId'], { unique: true, where: `"status" = 'OPEN' AND "evaluation_id" IS NOT NULL` })
@Index(['exAnteAssessmentId'], { unique: true, where: `"status" = 'OPEN' AND "ex_ante_assessment_id" IS NOT NULL` })
export class AgencyCheck {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column()
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  /** The year of the work checked: the budget year evaluated, or the year of the project re-assessed. */
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 12 })
  kind: AgencyCheckKind;

  /** The lead a targeted check follows (线索来源), e.g. a complaint or an audit remark. */
  @Column({ type: 'text', default: '' })
  leadSource: string;

  @Column({ type: 'int', nullable: true })
  evaluationId: number | null;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  @Column({ type: 'int', nullable: true })
  exAnteAssessmentId: number | null;

  @ManyToOne(() => ExAnteAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ex_ante_assessment_id' })
  exAnteAssessment?: Relation<ExAnteAssessment>;

  /** The unit of the work checked (its classification decides who may see the check). */
  @Column()
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  /** A random check's seed: the pool ordered by md5(seed:work) gives the same sample again. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  drawSeed: string | null;

  /** How many pieces of work the random draw chose from. */
  @Column({ type: 'int', nullable: true })
  drawPool: number | null;

  @Column({ type: 'varchar', length: 12, default: 'OPEN' })
  status: AgencyCheckStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: AgencyCheckOutcome | null;

  @Column({ type: 'text', default: '' })
  findings: string;

  /** Points taken off the agency's quality score of the year (issues found only). */
  @Column({ ...SCORE, default: 0 })
  deduction: string;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'date', nullable: true })
  concludedOn: string | null;

  @Column({ type: 'int', nullable: true })
  recordedByUserId: number | null;

  @Column({ type: 'int', nullable: true })
  concludedByUserId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
