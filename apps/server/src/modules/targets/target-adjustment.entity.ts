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
import { oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { MonitoringCheckpoint } from '../monitoring/monitoring-checkpoint.entity.js';

export const ADJUSTMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/**
 * A requested change to approved (locked) targets, made at a monitoring checkpoint and decided by the
 * performance section; the indicators before and after are kept, and approval marks them for disclosure again.
 */
@Entity()
@Check(oneOf('status', ADJUSTMENT_STATUSES))
@Index(['projectId'])
export class TargetAdjustment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column()
  checkpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<MonitoringCheckpoint>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  before: unknown[];

  @Column({ type: 'jsonb' })
  proposed: unknown[];

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: AdjustmentStatus;

  @Column({ type: 'text', default: '' })
  decisionComment: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
