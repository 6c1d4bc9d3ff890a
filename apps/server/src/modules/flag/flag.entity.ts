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
import { FLAG_LEVELS, FLAG_STATUSES, type FlagLevel, type FlagStatus } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { MonitoringCheckpoint } from '../monitoring/monitoring-checkpoint.entity.js';

/** A yellow or red flag in the ledger (台账): raised by a failed checkpoint, closed (销号) when rectified. */
@Entity()
@Check(oneOf('level', FLAG_LEVELS))
@Check(oneOf('status', FLAG_STATUSES))
@Check(`("status" = 'CLOSED') = ("closed_on" IS NOT NULL)`)
@Index(['projectId'])
// The performance section's queue of flags with evidence, to close.
@Index(['projectId'], { where: `"status" = 'OPEN' AND "evidence" <> ''` })
@Index(['raisedCheckpointId'])
@Index(['status', 'level'])
export class Flag {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'varchar', length: 8 })
  level: FlagLevel;

  @Column({ type: 'varchar', length: 8, default: 'OPEN' })
  status: FlagStatus;

  @Column()
  raisedCheckpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_checkpoint_id' })
  raisedCheckpoint?: Relation<MonitoringCheckpoint>;

  @Column({ type: 'int', nullable: true })
  escalatedCheckpointId: number | null;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalated_checkpoint_id' })
  escalatedCheckpoint?: Relation<MonitoringCheckpoint>;

  /** Rectification deadline (整改期限). */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  ownerName: string;

  @Column({ type: 'text', default: '' })
  rectificationPlan: string;

  @Column({ type: 'text', default: '' })
  evidence: string;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'int', nullable: true })
  closedByUserId: number | null;

  /** A red flag leads the performance section to propose a budget reduction or recall (yuan). */
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  proposedReduction: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

export const FLAG_EVENT_KINDS = ['RAISED', 'ESCALATED', 'PLAN_SET', 'EVIDENCE_ADDED', 'CLOSED'] as const;
export type FlagEventKind = (typeof FLAG_EVENT_KINDS)[number];

/** The history of a flag. */
@Entity()
@Check(oneOf('kind', FLAG_EVENT_KINDS))
@Index(['flagId'])
@Index(['checkpointId'], { where: '"checkpoint_id" IS NOT NULL' })
export class FlagEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  flagId: number;

  @ManyToOne(() => Flag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flag_id' })
  flag?: Relation<Flag>;

  @Column({ type: 'varchar', length: 16 })
  kind: FlagEventKind;

  @Column({ type: 'varchar', length: 8 })
  level: FlagLevel;

  @Column({ type: 'int', nullable: true })
  checkpointId: number | null;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'text', default: '' })
  note: string;
}
