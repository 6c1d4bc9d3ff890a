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
import { REGION_LEVELS, type RegionLevel } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';

/** An administrative region: province → prefecture → county. Every section and unit belongs to one county. */
@Entity()
@Check(oneOf('level', REGION_LEVELS))
@Index(['parentId'])
export class Region {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Region>;

  /** Administrative division code (行政区划代码), e.g. 652823 for 尉犁县. */
  @Column({ type: 'varchar', length: 12, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The English name (Yuli County), for the English dashboard; null where none is known (the name is shown). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  /** Materialised path of ids from the root ('/1/7/42/'), so "every county below me" is one indexed prefix match. */
  @Column({ type: 'varchar', length: 200 })
  @Index()
  path: string;

  /** A county's finance bureau (财政局), e.g. 尉犁县财政局; null above the county level. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  bureauName: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
