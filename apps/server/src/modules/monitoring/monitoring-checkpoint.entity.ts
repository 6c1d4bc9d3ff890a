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
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

export const CHECKPOINT_SCOPES = ['PROJECT', 'UNIT_WIDE'] as const;
export type CheckpointScope = (typeof CHECKPOINT_SCOPES)[number];
export const CHECKPOINT_STATUSES = ['PLANNED', 'OPEN', 'CONFIRMED'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

/** A monitoring checkpoint (监控节点) of a county's year: end of May, end of August; unit-wide at the end of June. */
@Entity()
@Check(oneOf('scope', CHECKPOINT_SCOPES))
@Check(oneOf('status', CHECKPOINT_STATUSES))
@Check(`"month" BETWEEN 1 AND 12`)
@Check(`"report_due" > "period_end"`)
@Index(['regionId', 'year', 'month', 'scope'], { unique: true })
@Index(['year', 'month'])
export class MonitoringCheckpoint {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  month: number;

  @Column({ type: 'varchar', length: 16, default: 'PROJECT' })
  scope: CheckpointScope;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'date' })
  reportDue: string;

  @Column({ type: 'varchar', length: 16, default: 'PLANNED' })
  status: CheckpointStatus;

  /** When the checkpoint was confirmed and its figures frozen (see frozen.entity.ts); null before. */
  @Column({ type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}
