import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, with the row before and after. Append-only. */
@Entity()
@Index(['at'])
@Index(['entity', 'entityId'])
@Index(['userId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'int', nullable: true })
  tokenId: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  requestId: string | null;

  /** e.g. LOGIN, LOGIN_FAILED, TOKEN_USED, CREATE, UPDATE, DELETE */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  entity: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
