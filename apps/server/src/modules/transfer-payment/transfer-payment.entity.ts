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
import { COMPARATORS, INDICATOR_LEVEL1, type Comparator, type IndicatorLevel1 } from '@jixiao/schema/enums';
import { MEASURE, MONEY, oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

/** A central / upper-level transfer payment received by a county; its targets are split per region and project. */
@Entity()
@Index(['regionId', 'year'])
@Check(`"amount" >= 0`)
export class TransferPayment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  /** The upper level's allocation document number (文号). */
  @Column({ type: 'varchar', length: 100 })
  documentNo: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column(MONEY)
  amount: string;

  /** The performance section confirmed, on this date, that the split adds up to every upper target; null until then. */
  @Column({ type: 'date', nullable: true })
  splitConfirmedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A target value set by the upper level; the projects' split indicators must add up to it. */
@Entity()
@Index(['transferPaymentId'])
@Check(oneOf('level1', INDICATOR_LEVEL1))
@Check(oneOf('comparator', COMPARATORS))
export class TransferPaymentIndicator {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  transferPaymentId: number;

  @ManyToOne(() => TransferPayment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transfer_payment_id' })
  transferPayment?: Relation<TransferPayment>;

  @Column({ type: 'varchar', length: 16 })
  level1: IndicatorLevel1;

  @Column({ type: 'varchar', length: 40 })
  level2: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  comparator: Comparator;

  @Column(MEASURE)
  targetValue: string;

  @Column({ type: 'varchar', length: 20 })
  unitOfMeasure: string;
}
