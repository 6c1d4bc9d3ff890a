import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DEADLINE_KINDS, type DeadlineKind, type Role } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

/**
 * A deadline of a county's year (DOMAIN.md's calendar), and the roles it is due for. The checkpoints' dates
 * and the key evaluations' deadline are not stored here: they come from the checkpoints and the rule set.
 */
@Entity()
@Index(['regionId', 'year', 'dueOn'])
@Check(oneOf('kind', DEADLINE_KINDS))
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

  @Column({ type: 'varchar', length: 32, default: 'OTHER' })
  kind: DeadlineKind;

  @Column({ type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  /** Roles that must act by this date. */
  @Column({ type: 'jsonb' })
  roles: Role[];
}
