import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../../database/checks.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';

export const IMPORT_KINDS = ['PROJECTS', 'EXECUTION', 'UNITS', 'USERS', 'INDICATOR_LIBRARY'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ['NEEDS_MAPPING', 'READING', 'PREVIEWED', 'FAILED', 'COMMITTED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_ROW_STATUSES = ['NEW', 'CHANGED', 'UNCHANGED', 'ERROR'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** An uploaded spreadsheet (.xlsx or .csv), kept in the database so every instance of the server can read it. */
@Entity()
@Index(['userId', 'createdAt'])
export class ImportFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  /** Who uploaded it: only they may preview it. */
  @Column()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column()
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One import of a file: its preview (rows staged in data_import_row), then its commit. The import history. */
@Entity()
@Check(oneOf('kind', IMPORT_KINDS))
@Check(oneOf('status', IMPORT_STATUSES))
@Index(['regionId', 'createdAt'])
export class DataImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  regionId: number;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Column()
  fileId: number;

  @ManyToOne(() => ImportFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file?: Relation<ImportFile>;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ImportKindName;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  status: ImportStatus;

  /** The sheet read (its name; a CSV file's name). */
  @Column({ type: 'varchar', length: 255, default: '' })
  sheet: string;

  /** The caller's mapping, heading → field. */
  @Column({ type: 'jsonb', default: {} })
  mapping: Record<string, string>;

  /** The header row as read: each column's letter, heading and the field it maps to (null: ignored). */
  @Column({ type: 'jsonb', default: [] })
  headings: { column: string; heading: string; field: string | null }[];

  /** Required fields no heading maps to (status NEEDS_MAPPING). */
  @Column({ type: 'jsonb', default: [] })
  missingFields: string[];

  @Column({ default: 0 })
  rowsRead: number;

  /** Rows in the sheet, counted before reading (for the progress bar). */
  @Column({ default: 0 })
  rowsTotal: number;

  @Column({ default: 0 }) newCount: number;
  @Column({ default: 0 }) changedCount: number;
  @Column({ default: 0 }) unchangedCount: number;
  @Column({ default: 0 }) errorCount: number;
  @Column({ default: 0 }) warningCount: number;

  /** Why the whole file was refused or the reading failed, in Chinese and English. */
  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @Column()
  createdBy: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Last progress: a reading import not heard of for long was interrupted (the server stopped). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * A staged row of an import: its values as parsed, its errors and warnings, and how it compares with the
 * database (new, changed with before → after, unchanged). Kept after the commit: the history shows them.
 */
@Entity()
@Check(`"status" IS NULL OR ${oneOf('status', IMPORT_ROW_STATUSES)}`)
@Index(['importId', 'key'])
@Index(['importId', 'status', 'line'])
export class DataImportRow {
  @PrimaryColumn()
  importId: number;

  @ManyToOne(() => DataImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  dataImport?: Relation<DataImport>;

  /** The row number in the sheet (1-based, as the spreadsheet shows it). */
  @PrimaryColumn()
  line: number;

  /** What identifies the row in the database (a project code; a project code and month). */
  @Column({ type: 'varchar', length: 80 })
  key: string;

  /** The unit the row belongs to, once resolved (row scope of the history). */
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  /** The existing row it updates, or the row it created. */
  @Column({ type: 'int', nullable: true })
  targetId: number | null;

  /** Parsed values by field (exact strings). */
  @Column({ type: 'jsonb' })
  data: Record<string, string | null>;

  /** Resolved references (ids) by name. */
  @Column({ type: 'jsonb', default: {} })
  refs: Record<string, number | string | null>;

  /** The problems found reading the cells, [{ field, code, zh, en }]: fixed once staged. */
  @Column({ type: 'jsonb', default: [] })
  parseErrors: unknown[];

  /** parseErrors and the problems found against the database, recomputed by each preview and by the commit. */
  @Column({ type: 'jsonb', default: [] })
  errors: unknown[];

  /** [{ field, code, zh, en }]: not blocking, shown in the preview. */
  @Column({ type: 'jsonb', default: [] })
  warnings: unknown[];

  @Column({ type: 'varchar', length: 10, nullable: true })
  status: ImportRowStatus | null;

  /** { field: [before, after] } of a changed row. */
  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, [string | null, string | null]> | null;
}
