import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Region } from '../region/region.entity.js';

export interface StoredSection {
  key: string;
  title: string;
  body: string;
}

/** A county's own text of the annual report (年度预算绩效管理工作情况): its sections with placeholders. */
@Entity()
@Index(['regionId'], { unique: true })
export class ReportTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  /** Each section's title and body, by the keys of the default template. */
  @Column({ type: 'jsonb' })
  sections: StoredSection[];

  @Column({ type: 'int', nullable: true })
  updatedByUserId: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
