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
import { AGENCY_RATINGS, type AgencyRating as Rating } from '@jixiao/schema/enums';
import { SCORE, oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';

/** A third-party agency (第三方机构): consults, re-assesses, runs key evaluations; rated every year. */
@Entity()
@Index(['regionId', 'code'], { unique: true })
export class Agency {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** 统一社会信用代码 */
  @Column({ type: 'varchar', length: 18 })
  creditCode: string;

  /**
   * Cleared for classified work (涉密资质), marked by an administrator: only such an agency may be assigned a
   * classified unit's key evaluation or ex-ante re-assessment, and it then sees exactly that project.
   */
  @Column({ default: false })
  clearedForClassified: boolean;

  @VersionColumn({ default: 1 })
  version: number;
}

/** The yearly credit rating of an agency: weighted quantity / quality / effect / satisfaction → A–D. */
@Entity()
@Index(['agencyId', 'year'], { unique: true })
@Index(['year'])
@Check(oneOf('rating', AGENCY_RATINGS))
@Check(
  `"quantity" BETWEEN 0 AND 100 AND "quality" BETWEEN 0 AND 100 AND "effect" BETWEEN 0 AND 100 AND "satisfaction" BETWEEN 0 AND 100 AND "score" BETWEEN 0 AND 100`,
)
export class AgencyRating {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Column({ type: 'smallint' })
  year: number;

  @Column(SCORE)
  quantity: string;

  @Column(SCORE)
  quality: string;

  @Column(SCORE)
  effect: string;

  @Column(SCORE)
  satisfaction: string;

  /** Computed by the rules of the year from the four components. */
  @Column(SCORE)
  score: string;

  @Column({ type: 'varchar', length: 1 })
  rating: Rating;

  /** Checks of the agency's work of the year concluded when the rating was computed (定向检查、随机抽查). */
  @Column({ type: 'int', default: 0 })
  checks: number;

  /** Points the concluded checks with issues took off quality (their sum; quality stops at 0). */
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  checkDeduction: string;

  @Column({ default: false })
  published: boolean;

  @VersionColumn({ default: 1 })
  version: number;
}
