import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { COMPARATORS, INDICATOR_LEVEL1, type Comparator, type IndicatorLevel1 } from '@jixiao/schema/enums';
import { MEASURE, MONEY, SCORE, oneOf } from '../../database/checks.js';
import { IndicatorTemplate } from '../indicator/indicator-template.entity.js';
import { MonitoringCheckpoint } from '../monitoring/monitoring-checkpoint.entity.js';
import { Unit } from '../unit/unit.entity.js';

// Unit-wide (部门整体) performance: a unit's targets for its whole budget of a year, reviewed like a
// project's; its report at the June checkpoint; its self-evaluation the year after (DOMAIN.md).

export const UNIT_WIDE_STATUSES = ['DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'RETURNED', 'APPROVED'] as const;
export type UnitWideStatus = (typeof UNIT_WIDE_STATUSES)[number];

@Entity()
@Check(oneOf('status', UNIT_WIDE_STATUSES))
@Check(`"budget" >= 0`)
@Check(`"self_score" IS NULL OR "self_score" BETWEEN 0 AND 100`)
@Check(`"self_executed" IS NULL OR "self_executed" >= 0`)
@Unique(['unitId', 'year'])
export class UnitWideTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'smallint' })
  year: number;

  /** The unit's whole budget of the year (部门预算), yuan. */
  @Column(MONEY)
  budget: string;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: UnitWideStatus;

  /** The unit's self-evaluation (部门整体自评), due 20 April of the next year. */
  @Column({ ...SCORE, nullable: true })
  selfScore: string | null;

  /** Executed in the whole year, yuan, as the self-evaluation reports it. */
  @Column({ ...MONEY, nullable: true })
  selfExecuted: string | null;

  @Column({ type: 'text', default: '' })
  selfReport: string;

  @Column({ type: 'date', nullable: true })
  selfSubmittedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

@Entity()
@Check(oneOf('level1', INDICATOR_LEVEL1))
@Check(oneOf('comparator', COMPARATORS))
@Check(`"weight" BETWEEN 0 AND 100`)
@Check(`"comparator" = 'QUALITATIVE' OR "target_value" IS NOT NULL`)
@Index(['targetId'])
export class UnitWideIndicator {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  targetId: number;

  @ManyToOne(() => UnitWideTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<UnitWideTarget>;

  @Column({ type: 'int', nullable: true })
  templateId: number | null;

  @ManyToOne(() => IndicatorTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: Relation<IndicatorTemplate>;

  @Column({ type: 'varchar', length: 16 })
  level1: IndicatorLevel1;

  @Column({ type: 'varchar', length: 40 })
  level2: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  comparator: Comparator;

  @Column({ ...MEASURE, nullable: true })
  targetValue: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  targetText: string | null;

  @Column({ type: 'varchar', length: 20, default: '' })
  unitOfMeasure: string;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  weight: string;

  @Column({ default: false })
  isKey: boolean;
}

export const UNIT_WIDE_REPORT_STATUSES = ['SUBMITTED', 'CONFIRMED'] as const;

/** A unit's report at the unit-wide checkpoint: execution of its whole budget and each indicator's completion. */
@Entity()
@Check(oneOf('status', UNIT_WIDE_REPORT_STATUSES))
@Check(`"budget" >= 0 AND "executed" >= 0`)
@Unique(['targetId', 'checkpointId'])
export class UnitWideReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  targetId: number;

  @ManyToOne(() => UnitWideTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<UnitWideTarget>;

  @Column()
  checkpointId: number;

  @ManyToOne(() => MonitoringCheckpoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<MonitoringCheckpoint>;

  @Column({ type: 'varchar', length: 16, default: 'SUBMITTED' })
  status: string;

  @Column(MONEY)
  budget: string;

  @Column(MONEY)
  executed: string;

  /** [{ indicatorId, planned, actual }] per indicator, planned as of the checkpoint. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  actuals: { indicatorId: number; planned: string | null; actual: string }[];

  @Column({ type: 'boolean', nullable: true })
  failed: boolean | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  failureReasons: unknown[];

  @Column({ type: 'date' })
  submittedOn: string;

  @Column({ type: 'date', nullable: true })
  confirmedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A unit-wide flag (黄标/红标), raised by a failed unit-wide checkpoint, by the same rules as a project's. */
@Entity()
@Check(`"level" IN ('YELLOW', 'RED')`)
@Check(`"status" IN ('OPEN', 'CLOSED')`)
@Check(`("status" = 'CLOSED') = ("closed_on" IS NOT NULL)`)
@Index(['targetId'])
export class UnitWideFlag {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  targetId: number;

  @ManyToOne(() => UnitWideTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<UnitWideTarget>;

  @Column({ type: 'varchar', length: 8 })
  level: 'YELLOW' | 'RED';

  @Column({ type: 'varchar', length: 8, default: 'OPEN' })
  status: 'OPEN' | 'CLOSED';

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

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
