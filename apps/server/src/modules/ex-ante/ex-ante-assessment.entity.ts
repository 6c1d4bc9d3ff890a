import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { EX_ANTE_CONCLUSIONS, type ExAnteConclusion } from '@jixiao/schema/enums';
import { SCORE, oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { Agency } from '../agency/agency.entity.js';

/** FIRST_REVIEWED → (optionally) AGENCY_REVIEW → AGENCY_REVIEWED → CONCLUDED. */
export const EX_ANTE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'FIRST_REVIEWED',
  'AGENCY_REVIEW',
  'AGENCY_REVIEWED',
  'CONCLUDED',
] as const;
export type ExAnteStatus = (typeof EX_ANTE_STATUSES)[number];

/** 事前绩效评估 of a new project: without "support" the project gets no budget. */
@Entity()
@Check(oneOf('status', EX_ANTE_STATUSES))
@Check(`"conclusion" IS NULL OR ${oneOf('conclusion', EX_ANTE_CONCLUSIONS)}`)
@Check(`"agency_conclusion" IS NULL OR ${oneOf('agency_conclusion', EX_ANTE_CONCLUSIONS)}`)
@Check(`"pes_score" IS NULL OR "pes_score" BETWEEN 0 AND 100`)
@Index(['agencyId'], { where: '"agency_id" IS NOT NULL' })
export class ExAnteAssessment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  projectId: number;

  @OneToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'text', default: '' })
  necessity: string;

  @Column({ type: 'text', default: '' })
  feasibility: string;

  @Column({ type: 'text', default: '' })
  targetReasonableness: string;

  @Column({ type: 'text', default: '' })
  fundingPlan: string;

  /** Names of the attached documents (the files live outside the database). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachmentNames: string[];

  /** The business section's first opinion (初审意见). */
  @Column({ type: 'text', nullable: true })
  sectionOpinion: string | null;

  @Column({ ...SCORE, nullable: true })
  pesScore: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  conclusion: ExAnteConclusion | null;

  /** Re-assessment by a third-party agency (projects of ≥ 500,000 yuan or specialised ones). */
  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  agencyConclusion: ExAnteConclusion | null;

  /** The agency's re-assessment opinion (第三方复评意见). */
  @Column({ type: 'text', nullable: true })
  agencyOpinion: string | null;

  @Column({ type: 'date', nullable: true })
  agencySentOn: string | null;

  @Column({ type: 'date', nullable: true })
  agencyReviewedOn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: ExAnteStatus;

  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'date', nullable: true })
  concludedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
