import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Sessions ended by logout before their token expired. Rows past `expiresAt` can be purged. */
@Entity()
@Index(['expiresAt'])
export class RevokedSession {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @Column()
  userId: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
