import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

export const QUARTERLY_REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type QuarterlyReportStatus = (typeof QUARTERLY_REPORT_STATUSES)[number];
export const QUARTERLY_REPORT_EVENT_KINDS = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type QuarterlyReportEventKind = (typeof QUARTERLY_REPORT_EVENT_KINDS)[number];

/**
 * A county's quarterly report upward (季度工作情况上报) for one quarter, sent to the region above it. Its
 * submissions and the upper level's returns are kept as events, never overwritten.
 */
@Entity()
@Unique(['regionId', 'year', 'quarter'])
@Check(oneOf('status', QUARTERLY_REPORT_STATUSES))
@Check(`"quarter" BETWEEN 1 AND 4`)
@Index(['toRegionId', 'status'])
export class QuarterlyReport {
  @PrimaryGeneratedColumn()
  id: number;

  /** The reporting county. */
  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  /** The region it is reported to: the county's parent (the prefecture) when first submitted. */
  @Column()
  toRegionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_region_id' })
  toRegion?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  quarter: number;

  @Column({ type: 'varchar', length: 12 })
  status: QuarterlyReportStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** One step of a quarterly report: a submission (its text and frozen figures), a return (its comment), a receipt. */
@Entity()
@Check(oneOf('kind', QUARTERLY_REPORT_EVENT_KINDS))
@Index(['reportId'])
export class QuarterlyReportEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  reportId: number;

  @ManyToOne(() => QuarterlyReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<QuarterlyReport>;

  @Column({ type: 'varchar', length: 12 })
  kind: QuarterlyReportEventKind;

  /** The report's text (a submission) or the upper level's comment (a return). */
  @Column({ type: 'text', default: '' })
  text: string;

  /** A submission's figures, as the contract queries gave them when it was sent; null for other steps. */
  @Column({ type: 'jsonb', nullable: true })
  figures: unknown;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
