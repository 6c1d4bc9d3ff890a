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
import { GRADES, type Grade } from '@jixiao/schema/enums';
import { MONEY, oneOf } from '../../database/checks.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { Project } from '../project/project.entity.js';

export const RESULT_APPLICATION_STATUSES = ['PROPOSED', 'ACCEPTED', 'ADJUSTED'] as const;
export type ResultApplicationStatus = (typeof RESULT_APPLICATION_STATUSES)[number];

/** 结果应用: the cut of next year's budget the rules propose for a 中/差 project, and the budget section's decision. */
@Entity()
@Check(oneOf('grade', GRADES))
@Check(oneOf('status', RESULT_APPLICATION_STATUSES))
@Check(`"base_budget" >= 0 AND "proposed_cut" >= 0 AND "proposed_cut" <= "base_budget"`)
@Check(`"accepted_cut" IS NULL OR ("accepted_cut" >= 0 AND "accepted_cut" <= "base_budget")`)
@Index(['targetYear'])
@Index(['projectId'])
@Index(['appliedToProjectId'], { where: '"applied_to_project_id" IS NOT NULL' })
export class ResultApplication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  /** The budget year the cut applies to. */
  @Column({ type: 'smallint' })
  targetYear: number;

  @Column({ type: 'varchar', length: 16 })
  grade: Grade;

  @Column(MONEY)
  baseBudget: string;

  /** The share of the base budget cut, e.g. 0.1000. */
  @Column({ type: 'numeric', precision: 7, scale: 4 })
  cutShare: string;

  @Column(MONEY)
  proposedCut: string;

  @Column({ ...MONEY, nullable: true })
  acceptedCut: string | null;

  @Column({ type: 'varchar', length: 16, default: 'PROPOSED' })
  status: ResultApplicationStatus;

  @Column({ type: 'text', default: '' })
  reason: string;

  /** On the notification list (通报). */
  @Column({ default: true })
  notified: boolean;

  /**
   * The budget line of targetYear the decided cut was taken from (the evaluated project carried over year by
   * year); null until that line exists and the cut is decided.
   */
  @Column({ type: 'int', nullable: true })
  appliedToProjectId: number | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applied_to_project_id' })
  appliedToProject?: Relation<Project>;

  @Column({ type: 'date', nullable: true })
  appliedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
