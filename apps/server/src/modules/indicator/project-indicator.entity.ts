import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { COMPARATORS, INDICATOR_LEVEL1, type Comparator, type IndicatorLevel1 } from '@jixiao/schema/enums';
import { MEASURE, oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';
import { IndicatorTemplate } from './indicator-template.entity.js';
import { TransferPaymentIndicator } from '../transfer-payment/transfer-payment.entity.js';

/** A performance target of a project: a level-3 indicator with comparator, target value, unit and weight. */
@Entity()
@Check(oneOf('level1', INDICATOR_LEVEL1))
@Check(oneOf('comparator', COMPARATORS))
@Check(`"weight" BETWEEN 0 AND 100`)
@Check(`"comparator" = 'QUALITATIVE' OR "target_value" IS NOT NULL`)
@Index(['projectId'])
@Index(['transferIndicatorId'], { where: '"transfer_indicator_id" IS NOT NULL' })
export class ProjectIndicator {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  /** The library indicator it was built from; null for the unit's own indicator (自定义指标). */
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

  /** The target of a qualitative indicator, in words. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  targetText: string | null;

  @Column({ type: 'varchar', length: 20, default: '' })
  unitOfMeasure: string;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  weight: string;

  /** 关键指标: its deviation at a checkpoint can fail the project. */
  @Column({ default: false })
  isKey: boolean;

  /**
   * Replaced by an approved adjustment on this date while confirmed reports still point at it: kept for
   * those reports, no longer one of the project's targets. Null for a current indicator.
   */
  @Column({ type: 'date', nullable: true })
  retiredOn: string | null;

  @Column({ type: 'int', nullable: true })
  transferIndicatorId: number | null;

  @ManyToOne(() => TransferPaymentIndicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_indicator_id' })
  transferIndicator?: Relation<TransferPaymentIndicator>;
}
