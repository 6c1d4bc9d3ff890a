import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../user/user.entity.js';

/** A read-only token for BI tools: the scope of its creator, never more; stored hashed, shown once. */
@Entity()
@Index(['userId'])
export class ApiToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the token (the token itself has 256 random bits, so a fast hash is enough). */
  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  /** The first characters, to recognise a token in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
