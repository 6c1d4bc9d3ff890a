import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MonitoringCheckpoint } from './monitoring-checkpoint.entity.js';

/**
 * A report as it stood when its checkpoint was confirmed (冻结): the contract queries read these rows when asked
 * for a checkpoint's frozen figures, so a later correction changes today's figures but never the reported ones.
 */
@Entity()
@Index(['checkpointId', 'projectId'], { unique: true })
export class FrozenReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  checkpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<MonitoringCheckpoint>;

  @Column()
  reportId: number;

  @Column()
  projectId: number;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  budget: string;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  executed: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'boolean', nullable: true })
  failed: boolean | null;
}

/** The year's flags of the checkpoint's county as they stood when the checkpoint was confirmed. */
@Entity()
@Index(['checkpointId', 'flagId'], { unique: true })
export class FrozenFlag {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  checkpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<MonitoringCheckpoint>;

  @Column()
  flagId: number;

  @Column()
  projectId: number;

  @Column({ type: 'varchar', length: 8 })
  level: string;

  @Column({ type: 'varchar', length: 8 })
  status: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column()
  raisedCheckpointId: number;

  @Column({ type: 'int', nullable: true })
  escalatedCheckpointId: number | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;
}
