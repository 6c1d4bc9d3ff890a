import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { EVALUATION_KINDS, GRADES, type EvaluationKind, type Grade } from '@jixiao/schema/enums';
import { MONEY, SCORE, oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Agency } from '../agency/agency.entity.js';

export const EVALUATION_STATUSES = ['DRAFT', 'SUBMITTED', 'FINAL'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface AppliedCap {
  code: string;
  zh: string;
  en: string;
  applied: boolean;
}

/**
 * An evaluation (绩效评价) of a project (self, department, key) or of a whole unit (unit-wide).
 * `year` is the budget year evaluated: the 2022 evaluations are done in 2023.
 */
@Entity()
@Check(oneOf('kind', EVALUATION_KINDS))
@Check(oneOf('status', EVALUATION_STATUSES))
@Check(`"grade" IS NULL OR ${oneOf('grade', GRADES)}`)
@Check(`"uncapped_grade" IS NULL OR ${oneOf('uncapped_grade', GRADES)}`)
@Check(`("kind" = 'UNIT_WIDE') = ("project_id" IS NULL)`)
@Check(`"score" IS NULL OR "score" BETWEEN 0 AND 100`)
@Check(`"expert_score" IS NULL OR "expert_score" BETWEEN 0 AND 100`)
@Check(`"budget" >= 0 AND "executed" >= 0`)
@Index(['year', 'kind'])
@Index(['projectId', 'kind'], { unique: true, where: '"project_id" IS NOT NULL' })
@Index(['unitId', 'year', 'kind'])
@Index(['agencyId'], { where: '"agency_id" IS NOT NULL' })
// The to-dos: key evaluations waiting for the expert panel; self-evaluations to confirm and final ones not yet
// published, covering (INCLUDE) what their counts read (migration 1796601000000).
@Index(['projectId'], { where: `"status" = 'SUBMITTED'` })
@Index('IDX_evaluation_to_confirm', { synchronize: false })
@Index('IDX_evaluation_to_publish', { synchronize: false })
export class Evaluation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: EvaluationKind;

  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column()
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  /** The agency that ran a key evaluation. */
  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: EvaluationStatus;

  /** The budget evaluated and what was executed of it (the execution-rate dimension). */
  @Column(MONEY)
  budget: string;

  @Column(MONEY)
  executed: string;

  /** Completion (0–100) of the output, benefit and satisfaction targets. */
  @Column({ ...SCORE, nullable: true })
  outputCompletion: string | null;

  @Column({ ...SCORE, nullable: true })
  benefitCompletion: string | null;

  @Column({ ...SCORE, nullable: true })
  satisfactionCompletion: string | null;

  /** The score by the rules (self) or the evaluator's (department, key). */
  @Column({ ...SCORE, nullable: true })
  score: string | null;

  /** The expert panel's final score, when it changed the evaluator's. */
  @Column({ ...SCORE, nullable: true })
  expertScore: string | null;

  @Column({ default: false })
  auditFindings: boolean;

  @Column({ default: false })
  majorMisuse: boolean;

  @Column({ type: 'smallint', default: 0 })
  failedCheckpointsUnrectified: number;

  /** 真实性核查: null when not sampled. */
  @Column({ type: 'boolean', nullable: true })
  authenticityFailed: boolean | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  uncappedGrade: Grade | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade: Grade | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  caps: AppliedCap[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  reportName: string | null;

  /** Disclosed to the public with the final accounts on this date; null while not published. */
  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;

  /** The evaluator's explanation of the scores (自评说明). */
  @Column({ type: 'text', default: '' })
  explanation: string;

  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  /**
   * A self-evaluation of a fund family owned by a fund-owning section: when that section passed it upward
   * (审核上报); cleared when the unit submits again.
   */
  @Column({ type: 'date', nullable: true })
  fundReviewedOn: string | null;

  /** A self-evaluation accepted by the performance section (确认); null while waiting. */
  @Column({ type: 'date', nullable: true })
  confirmedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A problem found by an evaluation (问题和建议). */
@Entity()
@Index(['evaluationId'])
export class EvaluationFinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', default: '' })
  suggestion: string;

  /** Upheld by the expert panel (counts toward the agency's quality). */
  @Column({ default: true })
  upheld: boolean;
}

/**
 * A superseded version of an evaluation (历史版本): what a self-evaluation sent back for rectification held
 * before it was submitted again. The evaluation keeps its id and moves to the next version; nothing is deleted.
 */
@Entity()
@Index(['evaluationId', 'version'], { unique: true })
@Check(oneOf('status', EVALUATION_STATUSES))
@Check(`"grade" IS NULL OR ${oneOf('grade', GRADES)}`)
@Check(`"uncapped_grade" IS NULL OR ${oneOf('uncapped_grade', GRADES)}`)
export class EvaluationVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  /** The evaluation's version number while it held these values. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  status: EvaluationStatus;

  @Column(MONEY)
  budget: string;

  @Column(MONEY)
  executed: string;

  @Column({ ...SCORE, nullable: true })
  outputCompletion: string | null;

  @Column({ ...SCORE, nullable: true })
  benefitCompletion: string | null;

  @Column({ ...SCORE, nullable: true })
  satisfactionCompletion: string | null;

  @Column({ ...SCORE, nullable: true })
  score: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  uncappedGrade: Grade | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade: Grade | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  caps: AppliedCap[];

  @Column({ default: false })
  auditFindings: boolean;

  @Column({ default: false })
  majorMisuse: boolean;

  @Column({ type: 'smallint', default: 0 })
  failedCheckpointsUnrectified: number;

  @Column({ type: 'text', default: '' })
  explanation: string;

  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  /** The day the next version replaced this one. */
  @Column({ type: 'date' })
  supersededOn: string;
}
