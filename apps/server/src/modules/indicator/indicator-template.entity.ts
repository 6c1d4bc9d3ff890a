import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { COMPARATORS, INDICATOR_LEVEL1, type Comparator, type IndicatorLevel1 } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

export const INDICATOR_LIBRARIES = ['COMMON', 'SECTOR'] as const;
export type IndicatorLibrary = (typeof INDICATOR_LIBRARIES)[number];

/** A group of the indicator library: a common category (共性指标类别) or a sector (行业领域). */
@Entity()
@Check(oneOf('library', INDICATOR_LIBRARIES))
export class IndicatorGroup {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 8 })
  library: IndicatorLibrary;

  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 80 })
  nameEn: string;
}

/**
 * A level-3 indicator of the library, with its level-1/level-2 place in the tree. The library is versioned by
 * year (issue 11 §2): a version is in the library of every year from `fromYear` until `retiredFrom`, so a new
 * year's library starts as the previous year's. An edit of a version already in use or in an earlier year's
 * library retires it from that year and adds a new version with the same code; old targets keep theirs.
 */
@Entity()
@Check(oneOf('level1', INDICATOR_LEVEL1))
@Check(oneOf('comparator', COMPARATORS))
@Check(`"retired_from" IS NULL OR "retired_from" >= "from_year"`)
@Index(['groupId'])
@Index(['regionId', 'code', 'fromYear'], { unique: true })
export class IndicatorTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  /** The region whose library holds it (null: national). */
  @Column({ type: 'integer', nullable: true })
  regionId: number | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column()
  groupId: number;

  @ManyToOne(() => IndicatorGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<IndicatorGroup>;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  /** The first year whose library holds this version (0: since the library began). */
  @Column({ type: 'smallint', default: 0 })
  fromYear: number;

  /** The first year whose library no longer holds it (retired, or replaced by a newer version); null while current. */
  @Column({ type: 'smallint', nullable: true })
  retiredFrom: number | null;

  @Column({ type: 'varchar', length: 16 })
  level1: IndicatorLevel1;

  @Column({ type: 'varchar', length: 40 })
  level2: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  comparator: Comparator;

  @Column({ type: 'varchar', length: 20 })
  unitOfMeasure: string;

  @Column({ type: 'varchar', length: 40 })
  referenceValue: string;

  @Column()
  quantitative: boolean;

  @Column({ default: 1 })
  version: number;
}
