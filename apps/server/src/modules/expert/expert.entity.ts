import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Region } from '../region/region.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { ExAnteAssessment } from '../ex-ante/ex-ante-assessment.entity.js';

/** An expert of a county's library (专家库), drawn onto the panels of key evaluations and agency re-assessments. */
@Entity()
@Index(['regionId', 'name'])
export class Expert {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** 专业领域, e.g. 教育, 财务, 农业. */
  @Column({ type: 'varchar', length: 60 })
  field: string;

  @Column({ type: 'varchar', length: 100 })
  organisation: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  contact: string;

  @Column({ default: true })
  active: boolean;

  @Column({ default: 1 })
  version: number;
}

/** A unit the expert must not review (回避: works there, or related to it). */
@Entity()
@Index(['expertId', 'unitId'], { unique: true })
@Index(['unitId'])
export class ExpertConflict {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  expertId: number;

  @ManyToOne(() => Expert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Relation<Expert>;

  @Column()
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;
}

/** An expert drawn onto the panel of a key evaluation or of an agency re-assessment (exactly one of the two). */
@Entity()
@Check(`("evaluation_id" IS NULL) <> ("ex_ante_assessment_id" IS NULL)`)
@Index(['evaluationId'])
@Index(['exAnteAssessmentId'])
export class ExpertPanelMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  expertId: number;

  @ManyToOne(() => Expert, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Relation<Expert>;

  @Column({ type: 'int', nullable: true })
  evaluationId: number | null;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<Evaluation>;

  @Column({ type: 'int', nullable: true })
  exAnteAssessmentId: number | null;

  @ManyToOne(() => ExAnteAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ex_ante_assessment_id' })
  exAnteAssessment?: Relation<ExAnteAssessment>;

  /** The seed of the draw: the draw is reproducible from it (and audited). */
  @Column({ type: 'varchar', length: 60 })
  seed: string;
}
