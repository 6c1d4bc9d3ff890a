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
import { Region } from '../region/region.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';

/** A year's authenticity sample (真实性核查): drawn at random with a recorded seed, so anyone can redraw it. */
@Entity()
@Index(['regionId', 'year'], { unique: true })
export class AuthenticitySample {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 100 })
  seed: string;

  @Column()
  population: number;

  @Column({ type: 'int', nullable: true })
  drawnByUserId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  drawnAt: Date;
}

export const AUTHENTICITY_RESULTS = ['PENDING', 'PASSED', 'FAILED'] as const;
export type AuthenticityResult = (typeof AUTHENTICITY_RESULTS)[number];

/** One sampled self-evaluation and the result of its check. */
@Entity()
@Check(oneOf('result', AUTHENTICITY_RESULTS))
@Index(['sampleId'])
@Index(['evaluationId'], { unique: true })
export class AuthenticityCheck {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  sampleId: number;

  @ManyToOne(() => AuthenticitySample, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sample_id' })
  sample?: Relation<AuthenticitySample>;

  @Column()
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  /** Position in the draw order. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 8, default: 'PENDING' })
  result: AuthenticityResult;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'date', nullable: true })
  checkedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
