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
import { FUND_FAMILIES, SECTION_KINDS, type FundFamily, type SectionKind } from '@jixiao/schema/enums';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

/** A section (科室) of a county finance bureau. */
@Entity()
@Check(oneOf('kind', SECTION_KINDS))
@Check(`"kind" <> 'FUND' OR "owned_fund_family" IS NOT NULL`)
@Index(['regionId', 'code'], { unique: true })
export class Section {
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

  @Column({ type: 'varchar', length: 16 })
  kind: SectionKind;

  /** The fund family whose performance management a fund-owning section (社保科, 企业科, 债务科, 乡财科) owns. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  @Check(`"owned_fund_family" IS NULL OR ${oneOf('owned_fund_family', FUND_FAMILIES)}`)
  ownedFundFamily: FundFamily | null;

  @VersionColumn({ default: 1 })
  version: number;
}
