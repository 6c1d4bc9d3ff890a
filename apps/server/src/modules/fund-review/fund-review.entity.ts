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
import { FUND_FAMILIES, REVIEW_OUTCOMES, type FundFamily, type ReviewOutcome } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { MonitoringReport } from '../monitoring/monitoring-report.entity.js';
import { Region } from '../region/region.entity.js';
import { Section } from '../section/section.entity.js';

/**
 * What a fund-owning section reviews and submits upward (审核上报): a project's targets, a monitoring report, or a
 * unit's self-evaluation of the project.
 */
export const FUND_REVIEW_SUBJECTS = ['TARGETS', 'MONITORING_REPORT', 'SELF_EVALUATION'] as const;
export type FundReviewSubject = (typeof FUND_REVIEW_SUBJECTS)[number];

/**
 * One review by a fund-owning section (社保科, 企业科, 债务科, 乡财科) of its family's targets or monitoring report:
 * passed upward to the performance section, or returned to the unit. The history; the row reviewed carries the
 * current stamp (project.targets_fund_reviewed_on, monitoring_report.fund_reviewed_on,
 * evaluation.fund_reviewed_on), cleared when the unit
 * submits again.
 */
@Entity()
@Check(oneOf('subject', FUND_REVIEW_SUBJECTS))
@Check(oneOf('outcome', REVIEW_OUTCOMES))
@Check(`("subject" = 'MONITORING_REPORT') = ("report_id" IS NOT NULL)`)
@Check(`("subject" = 'SELF_EVALUATION') = ("evaluation_id" IS NOT NULL)`)
@Index(['projectId'])
export class FundReview {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 24 })
  subject: FundReviewSubject;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'int', nullable: true })
  reportId: number | null;

  @ManyToOne(() => MonitoringReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<MonitoringReport>;

  @Column({ type: 'int', nullable: true })
  evaluationId: number | null;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  @Column()
  sectionId: number;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<Section>;

  @Column({ type: 'varchar', length: 16 })
  outcome: ReviewOutcome;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'int', nullable: true })
  reviewerUserId: number | null;

  @Column({ type: 'date' })
  reviewedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  reviewedAt: Date;
}

/**
 * The fund-family summary (各资金类别绩效总结, due 20 November) a fund-owning section sends the performance section:
 * the figures of its family for the year as they stood when sent (the analytics contract, within the section's
 * portfolio), and its text. Sent again, it replaces the figures and text; the audit entry keeps the old ones.
 */
@Entity()
@Check(oneOf('fund_family', FUND_FAMILIES))
@Index(['regionId', 'year', 'fundFamily'], { unique: true })
export class FundFamilySummary {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 32 })
  fundFamily: FundFamily;

  @Column()
  sectionId: number;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<Section>;

  @Column({ type: 'jsonb' })
  figures: unknown;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'date' })
  sentOn: string;

  @Column({ type: 'int', nullable: true })
  sentByUserId: number | null;

  @VersionColumn({ default: 1 })
  version: number;
}
