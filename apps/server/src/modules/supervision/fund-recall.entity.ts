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
import { oneOf } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';

/** Why funds are recalled: a failed authenticity check (一票否决) or idle funds (闲置资金). */
export const FUND_RECALL_REASONS = ['AUTHENTICITY_VETO', 'IDLE_FUNDS'] as const;
export type FundRecallReason = (typeof FUND_RECALL_REASONS)[number];
export const FUND_RECALL_STATUSES = ['PROPOSED', 'DECIDED', 'REJECTED'] as const;
export type FundRecallStatus = (typeof FUND_RECALL_STATUSES)[number];

/**
 * A fund recall (资金收回): proposed by the performance section, decided by the budget section. Separate from
 * the ordinary cut of result application; a project never has more recalled (proposed or decided) than its budget.
 */
@Entity()
@Check(oneOf('reason', FUND_RECALL_REASONS))
@Check(oneOf('status', FUND_RECALL_STATUSES))
@Check(`"proposed_amount" > 0 AND ("decided_amount" IS NULL OR "decided_amount" >= 0)`)
@Index(['projectId'])
export class FundRecall {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'varchar', length: 24 })
  reason: FundRecallReason;

  @Column({ type: 'varchar', length: 12, default: 'PROPOSED' })
  status: FundRecallStatus;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  proposedAmount: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  decidedAmount: string | null;

  @Column({ type: 'text', default: '' })
  proposalNote: string;

  @Column({ type: 'text', default: '' })
  decisionNote: string;

  @Column({ type: 'date' })
  proposedOn: string;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
