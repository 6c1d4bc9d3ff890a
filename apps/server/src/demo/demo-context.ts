import type { FundFamily } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { formatYuan } from '../rules/money.js';
import type { AGENCIES, DemoUnit } from './county-actors.js';
import type { LibraryIndicator } from './indicator-library.js';
import { Random } from './random.js';

export type Row = Record<string, unknown>;
export type Rows = Record<string, Row[]>;

/** Insert order (foreign keys). */
export const TABLE_ORDER = [
  'region',
  'section',
  'unit',
  'agency',
  'expert',
  'expert_conflict',
  'rule_set',
  'indicator_group',
  'indicator_template',
  'transfer_payment',
  'transfer_payment_indicator',
  'project',
  'ex_ante_assessment',
  'project_indicator',
  'target_review',
  'monitoring_checkpoint',
  'monitoring_report',
  'indicator_actual',
  'app_user',
  'flag',
  'flag_event',
  'evaluation',
  'evaluation_finding',
  'expert_panel_member',
  'authenticity_sample',
  'authenticity_check',
  'result_application',
  'agency_rating',
  'training_session',
  'api_token',
  'calendar_deadline',
] as const;

export const y = (fen: bigint) => formatYuan(fen);
export const laterOf = (a: string, b: string) => (a > b ? a : b);
export const RULES: RuleSet = DEFAULT_RULE_SET;

/** The report's figures, as the demo is built to reproduce them (fen where money). */
export const DEMO_TARGETS = {
  y2023: {
    annual: { count: 101, fen: 364_018_263_40n },
    midBeforeMay: { count: 31, fen: 103_972_118_55n },
    midAfterMay: { count: 189, fen: 177_047_144_23n },
    exAnte: [198_300_00n, 167_300_00n],
    mayExecuted: 133_012_477_36n,
    augExecuted: 465_809_311_72n,
    mayFailures: 69,
    augEscalated: 3,
    augFirstYellow: 18,
    unitWideReturned: 36,
    unitWideIssues: 70,
    training: [96, 88, 72, 65, 81, 58, 60],
  },
  y2022: {
    annual: { count: 96, fen: 601_337_905_10n },
    midBeforeMay: { count: 30, fen: 158_402_116_30n },
    midAfterMay: { count: 131, fen: 311_306_367_50n },
    keyEvaluation: 55_326_140_00n,
    departmentEvaluations: 90,
    departmentExcellent: 82,
    keyFindings: [3, 2, 2, 1, 2, 1, 2, 1, 2, 1],
  },
  y2024: {
    annual: { count: 118, fen: 402_650_380_00n },
    midBeforeMay: { count: 22, fen: 61_204_775_00n },
    midAfterMay: { count: 0, fen: 0n },
  },
} as const;

/** The first year the demo can hold in progress; a later today adds complete years and the year of today. */
export const FIRST_LIVE_YEAR = 2024;

/** The regions are written first, in this order (county-setup.ts). */
export const provinceId = 1;
export const prefectureId = 2;
export const countyId = 3;

export interface PlannedProject {
  id: number;
  year: number;
  unit: DemoUnit & { id: number };
  fundFamily: FundFamily;
  name: string;
  code: string;
  budget: bigint;
  kind: 'NEW' | 'RECURRING' | 'ONE_OFF';
  isKey: boolean;
  inAnnualBudget: boolean;
  budgetedOn: string;
  purchaseOfServices: boolean;
  transferPaymentId: number | null;
  indicators: PlannedIndicator[];
}

export interface PlannedIndicator {
  id: number;
  /** The library indicator it comes from; null for the transfer-payment split indicator. */
  template: (LibraryIndicator & { id: number }) | null;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  target: string | null;
  targetText: string | null;
  unitOfMeasure: string;
  weight: string;
  isKey: boolean;
  transferIndicatorId: number | null;
}

export interface ReportOutcome {
  projectId: number;
  failed: boolean;
  executed: bigint;
  budget: bigint;
}

/** Units of people, animals and things: their planned and actual values are whole numbers. */
export const COUNTED_UNITS = new Set([
  '人',
  '人次',
  '个',
  '户',
  '户次',
  '头（只）',
  '次',
  '辆',
  '辆次',
  '件',
  '处',
  '场次',
  '台（套）',
  '台（件）',
  '台次',
  '起',
  '张',
  '家',
  '家次',
  '座',
  '套',
  '册',
  '篇',
  '份',
  '种',
  '条',
  '块',
  '项',
  '类',
  '批次',
  '剂次',
]);

export type DemoUnitRow = DemoUnit & { id: number };
export type TemplateRow = LibraryIndicator & { id: number };

/**
 * The demo county as it is being built: the rows written so far, the ids handed out, the one random stream
 * (reseeded for the years after 2024, see live-years.ts) and what later phases look up from earlier ones.
 */
export class DemoCounty {
  /** The years up to 2024 draw from one seed, the later ones from another: 2022–2024 stay the same whatever today. */
  rnd = new Random('jixiao-demo-county-尉犁县');
  readonly rows: Rows = Object.fromEntries(TABLE_ORDER.map((t) => [t, [] as Row[]]));
  private readonly ids: Record<string, number> = {};
  readonly nextId = (table: string) => (this.ids[table] = (this.ids[table] ?? 0) + 1);
  readonly add = (table: string, row: Row) => {
    const id = (row.id as number | undefined) ?? this.nextId(table);
    this.rows[table]!.push({ id, ...row });
    return id;
  };

  /** A today after 2024: 2024 up to the year before today's is complete, today's year in progress. */
  readonly live: boolean;
  /** From mid-October the next year is opened for its budget preparation (its rules, its projects' targets). */
  readonly preparing: boolean;

  // Written by county-setup.ts.
  readonly sectionId = new Map<string, number>();
  units: DemoUnitRow[] = [];
  agencies: ((typeof AGENCIES)[number] & { id: number })[] = [];
  readonly templatesByGroup = new Map<string, TemplateRow[]>();
  pesUserId = 0;
  readonly unitUserId = new Map<number, number>();

  // Kept by project-plan.ts and project-rows.ts.
  readonly transferPayments = new Map<
    string,
    { id: number; indicatorId: number; projects: PlannedProject[]; name: string; year: number }
  >();
  /** Set for the batches planned after the first transfer payments were written: they get their own (第二批). */
  transferBatch = '';
  readonly usedNames = new Set<string>();
  readonly seqByUnitYear = new Map<string, number>();
  readonly levelCache = new Map<string, TemplateRow[]>();
  readonly writtenTransfers = new Set<number>();
  readonly projectsByYear = new Map<number, PlannedProject[]>();
  readonly unitOfProject = new Map<number, number>();

  constructor(
    readonly passwordHash: string,
    readonly today: string,
    readonly liveYear: number,
  ) {
    this.live = liveYear > FIRST_LIVE_YEAR;
    this.preparing = this.live && today >= `${liveYear}-10-15`;
  }
}
