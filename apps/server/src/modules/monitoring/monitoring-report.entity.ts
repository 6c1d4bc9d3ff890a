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
import { MEASURE, MONEY, oneOf } from '../../database/checks.js';
import { MonitoringCheckpoint } from './monitoring-checkpoint.entity.js';
import { Project } from '../project/project.entity.js';
import { ProjectIndicator } from '../indicator/project-indicator.entity.js';

export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'CONFIRMED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A project's report at a checkpoint ("双监控"): budget execution and target completion. */
@Entity()
@Check(oneOf('status', REPORT_STATUSES))
@Check(`"budget" >= 0 AND "executed" >= 0`)
@Index(['checkpointId', 'projectId'], { unique: true })
// Covers the execution figures: a project's reports are read from the index alone (bench: county ×5).
@Index(['projectId', 'checkpointId', 'status', 'budget', 'executed'])
// The review queues and their to-dos: the few reports waiting for a section or the performance section.
@Index(['projectId'], { where: `"status" IN ('SUBMITTED', 'REVIEWED')` })
// The projects furthest behind at a checkpoint, in the ranking's order (an expression: migration 1796600700000).
@Index('IDX_monitoring_report_rate', { synchronize: false })
@Index('IDX_monitoring_report_no_budget', { synchronize: false })
export class MonitoringReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  checkpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<MonitoringCheckpoint>;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  /** The project's budget as it stood at the checkpoint (budgets change during the year). */
  @Column(MONEY)
  budget: string;

  /** Executed (spent) up to the checkpoint's period end. */
  @Column(MONEY)
  executed: string;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: ReportStatus;

  /** The rules' verdict, set on confirmation. */
  @Column({ type: 'boolean', nullable: true })
  failed: boolean | null;

  @Column({ type: 'jsonb', nullable: true })
  failureReasons: unknown[] | null;

  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  /** The business section's comment when it returned or passed the report. */
  @Column({ type: 'text', default: '' })
  reviewComment: string;

  @Column({ type: 'date', nullable: true })
  confirmedOn: string | null;

  /** Recorded by the performance section as not reported (recordNotReported): a failed checkpoint. */
  @Column({ default: false })
  notReported: boolean;

  /** When the fund-owning section of the project's family passed the report upward (审核上报); cleared on resubmission. */
  @Column({ type: 'date', nullable: true })
  fundReviewedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** The actual value of one indicator at a checkpoint, against the value planned for that point. */
@Entity()
@Index(['reportId', 'projectIndicatorId'], { unique: true })
export class IndicatorActual {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  reportId: number;

  @ManyToOne(() => MonitoringReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<MonitoringReport>;

  @Column()
  projectIndicatorId: number;

  @ManyToOne(() => ProjectIndicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_indicator_id' })
  projectIndicator?: Relation<ProjectIndicator>;

  @Column({ ...MEASURE, nullable: true })
  plannedValue: string | null;

  @Column({ ...MEASURE, nullable: true })
  actualValue: string | null;

  /** Why the actual deviates from plan (偏差原因). */
  @Column({ type: 'text', default: '' })
  explanation: string;
}
