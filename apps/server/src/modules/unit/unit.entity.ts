import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Region } from '../region/region.entity.js';
import { Section } from '../section/section.entity.js';

/** A budget unit (部门单位): spends the money, sets targets, reports, self-evaluates. */
@Entity()
@Index(['regionId', 'code'], { unique: true })
@Index(['supervisingSectionId'])
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The business section that supervises this unit (对口科室); the business sections partition the county. */
  @Column()
  supervisingSectionId: number;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervising_section_id' })
  supervisingSection?: Relation<Section>;

  /** 涉密单位: rows visible only to leadership, the performance section and the unit itself. */
  @Column({ default: false })
  classified: boolean;

  /** A retired unit (撤销) keeps its history but takes no new projects. */
  @Column({ default: true })
  active: boolean;

  @VersionColumn({ default: 1 })
  version: number;
}
