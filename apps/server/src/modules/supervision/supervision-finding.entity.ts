import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';

/** Where a finding comes from: an audit (审计), financial supervision (财会监督), or major misuse (重大违规). */
export const SUPERVISION_FINDING_KINDS = ['AUDIT', 'FINANCIAL_SUPERVISION', 'MAJOR_MISUSE'] as const;
export type SupervisionFindingKind = (typeof SUPERVISION_FINDING_KINDS)[number];
export const SUPERVISION_FINDING_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type SupervisionFindingStatus = (typeof SUPERVISION_FINDING_STATUSES)[number];

/**
 * A finding recorded against a project by the performance section. While ACTIVE it caps the project's
 * evaluation grades (DOMAIN.md "Caps"); a withdrawn one is kept, with its reason, and caps nothing.
 */
@Entity()
@Check(oneOf('kind', SUPERVISION_FINDING_KINDS))
@Check(oneOf('status', SUPERVISION_FINDING_STATUSES))
@Index(['projectId'])
export class SupervisionFinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'varchar', length: 24 })
  kind: SupervisionFindingKind;

  /** Who found it, e.g. 县审计局, 财政局财会监督. */
  @Column({ type: 'varchar', length: 200 })
  source: string;

  @Column({ type: 'date' })
  foundOn: string;

  @Column({ type: 'varchar', length: 100 })
  documentNo: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 12, default: 'ACTIVE' })
  status: SupervisionFindingStatus;

  @Column({ type: 'text', default: '' })
  withdrawnReason: string;

  @Column({ type: 'int', nullable: true })
  recordedByUserId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
