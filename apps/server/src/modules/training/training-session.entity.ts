import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Region } from '../region/region.entity.js';
import { Agency } from '../agency/agency.entity.js';

/** A training session (专项培训) on performance management, often given by an agency. */
@Entity()
@Index(['regionId', 'year'])
@Check(`"attendance" >= 0`)
export class TrainingSession {
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
  heldOn: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'int' })
  attendance: number;

  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;
}
