import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { REVIEW_OUTCOMES, REVIEW_STAGES, type ReviewOutcome, type ReviewStage } from '@jixiao/schema/enums';
import { SCORE, oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { Unit } from '../unit/unit.entity.js';

export const REVIEW_SUBJECTS = ['PROJECT', 'UNIT_WIDE'] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];

/** One review of a set of targets (a project's, or a unit's unit-wide targets): first review or the performance section's. */
@Entity()
@Check(oneOf('subject', REVIEW_SUBJECTS))
@Check(oneOf('stage', REVIEW_STAGES))
@Check(oneOf('outcome', REVIEW_OUTCOMES))
@Check(`("subject" = 'PROJECT') = ("project_id" IS NOT NULL)`)
@Check(`"issue_count" >= 0`)
@Check(`"score" IS NULL OR "score" BETWEEN 0 AND 100`)
@Index(['year', 'unitId'])
@Index(['projectId'], { where: '"project_id" IS NOT NULL' })
export class TargetReview {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  subject: ReviewSubject;

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

  @Column({ type: 'varchar', length: 16 })
  stage: ReviewStage;

  @Column({ type: 'varchar', length: 16 })
  outcome: ReviewOutcome;

  /** Problems found and sent back to fix (完善问题). */
  @Column({ type: 'int', default: 0 })
  issueCount: number;

  @Column({ ...SCORE, nullable: true })
  score: string | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  /** Comments per indicator when targets are returned: [{ indicatorId, comment }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicatorComments: { indicatorId: number; comment: string }[];

  @Column({ type: 'int', nullable: true })
  reviewerUserId: number | null;

  @Column({ type: 'date' })
  reviewedOn: string;
}
