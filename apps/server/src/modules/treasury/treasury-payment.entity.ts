import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MONEY } from '../../database/checks.js';
import { Project } from '../project/project.entity.js';

/**
 * What the treasury paid (国库集中支付) for a project in one month of its budget year, as imported from the
 * treasury's export. A monitoring report not yet confirmed takes its executed figure from these rows: the
 * cumulative payments up to its checkpoint's month.
 */
@Entity()
@Index(['projectId', 'month'], { unique: true })
@Check(`"month" BETWEEN 1 AND 12`)
@Check(`"amount" >= 0`)
export class TreasuryPayment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'smallint' })
  month: number;

  /** Paid in that month, in yuan. */
  @Column(MONEY)
  amount: string;

  /** The import that last wrote this row. */
  @Column({ type: 'int', nullable: true })
  importId: number | null;
}
