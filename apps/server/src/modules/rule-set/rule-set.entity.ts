import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import { Region } from '../region/region.entity.js';

/** The rules of one year of one county: thresholds, weights, bands and ratios (defaults from DOMAIN.md). */
@Entity('rule_set')
@Index(['regionId', 'year'], { unique: true })
export class RuleSetRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'jsonb' })
  rules: RuleSet;
}
