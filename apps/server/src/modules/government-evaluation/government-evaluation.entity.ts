import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { GRADES, type Grade } from '@jixiao/schema/enums';
import { SCORE, oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

export const GOVERNMENT_EVALUATION_STATUSES = ['SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED', 'WITHDRAWN'] as const;
export type GovernmentEvaluationStatus = (typeof GOVERNMENT_EVALUATION_STATUSES)[number];
export const GOVERNMENT_EVALUATION_EVENT_KINDS = ['SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED', 'WITHDRAWN'] as const;
export type GovernmentEvaluationEventKind = (typeof GOVERNMENT_EVALUATION_EVENT_KINDS)[number];

/**
 * An evaluation of a lower government's budget performance management (对下级政府预算绩效管理评价): the prefecture's
 * finance bureau selects a county for a year, the county's performance section submits its self-report and self
 * score, the prefecture scores it (graded by the county's rule set) or returns it with comments. A selection the
 * county has not answered yet may be withdrawn (with a reason) and made again later. Every step is an event kept for
 * good; the row carries the current state.
 */
@Entity()
@Unique(['regionId', 'year'])
@Check(oneOf('status', GOVERNMENT_EVALUATION_STATUSES))
@Check(`"grade" IS NULL OR ${oneOf('grade', GRADES)}`)
@Check(`"self_score" IS NULL OR "self_score" BETWEEN 0 AND 100`)
@Check(`"score" IS NULL OR "score" BETWEEN 0 AND 100`)
@Check(`("status" = 'SCORED') = ("score" IS NOT NULL)`)
@Index(['byRegionId', 'year'])
export class GovernmentEvaluation {
  @PrimaryGeneratedColumn()
  id: number;

  /** The county evaluated. */
  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  /** The upper level that selected and evaluates it. */
  @Column()
  byRegionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_region_id' })
  byRegion?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 12 })
  status: GovernmentEvaluationStatus;

  /** The county's latest self-report and self score (the earlier ones stay in the events). */
  @Column({ type: 'text', default: '' })
  selfReport: string;

  @Column({ ...SCORE, nullable: true })
  selfScore: string | null;

  /** The upper level's score and the grade its rule bands give. */
  @Column({ ...SCORE, nullable: true })
  score: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade: Grade | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** One step: the selection, a self-report (text and self score), a return (comments), the score (and its comments). */
@Entity()
@Check(oneOf('kind', GOVERNMENT_EVALUATION_EVENT_KINDS))
@Index(['evaluationId'])
export class GovernmentEvaluationEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  evaluationId: number;

  @ManyToOne(() => GovernmentEvaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<GovernmentEvaluation>;

  @Column({ type: 'varchar', length: 12 })
  kind: GovernmentEvaluationEventKind;

  @Column({ type: 'text', default: '' })
  text: string;

  /** The self score (a self-report) or the upper level's score; null for other steps. */
  @Column({ ...SCORE, nullable: true })
  score: string | null;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
