import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row when the database holds the demo county: its BI token, random per database (issue 11: never
 * derived from the public demo password). Kept in clear because every start prints it; it reads the
 * demo county with the scope of `leader`, nothing else.
 */
@Entity()
@Check(`"id" = 1`)
export class DemoState {
  @PrimaryColumn({ type: 'int', default: 1 })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  biToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;
}
