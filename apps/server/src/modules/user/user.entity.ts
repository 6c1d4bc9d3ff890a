import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ROLES, type Role } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';
import { Section } from '../section/section.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Agency } from '../agency/agency.entity.js';

/** A person who logs in. Role and scope together decide which rows they see. */
@Entity('app_user')
@Check(oneOf('role', ROLES))
@Check(`"role" NOT IN ('BUSINESS_SECTION', 'FUND_SECTION') OR "section_id" IS NOT NULL`)
@Check(`"role" <> 'UNIT' OR "unit_id" IS NOT NULL`)
@Check(`"role" <> 'AGENCY' OR "agency_id" IS NOT NULL`)
@Check(`"role" <> 'ADMIN' OR ("section_id" IS NULL AND "unit_id" IS NULL AND "agency_id" IS NULL)`)
@Index(['regionId'])
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  /** scrypt$N$r$p$salt$hash */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** The region the user belongs to: a county, or for the upper level a prefecture or province. */
  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'int', nullable: true })
  sectionId: number | null;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<Section>;

  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Column({ default: true })
  active: boolean;

  /** A one-time password (first administrator, new user, reset): until changed, only changePassword, me and logout. */
  @Column({ default: false })
  mustChangePassword: boolean;

  /** Bumped by a password change, a reset or a deactivation: session tokens of an older epoch stop working. */
  @Column({ type: 'int', default: 0 })
  sessionEpoch: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
