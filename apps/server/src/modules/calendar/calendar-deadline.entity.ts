import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Role } from '@jixiao/schema/enums';
import { Region } from '../region/region.entity.js';

/** A deadline of a county's year (DOMAIN.md's calendar), and the roles it is due for. */
@Entity()
@Index(['regionId', 'year', 'dueOn'])
export class CalendarDeadline {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  /** Roles that must act by this date. */
  @Column({ type: 'jsonb' })
  roles: Role[];
}
