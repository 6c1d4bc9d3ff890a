import type { FundFamily, Grade } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { formatYuan } from '../rules/money.js';
import {
  checkpointDates,
  monitoringVerdict,
  nextFlagAction,
  rectificationDeadline,
  type KeyIndicatorReport,
} from '../rules/monitoring.js';
import { finalGrade, selfEvaluationScore } from '../rules/evaluation.js';
import { proposedCut } from '../rules/result-application.js';
import { agencyRating } from '../rules/agency-rating.js';
import { departmentEvaluationCoverage, transferSplitCheck } from '../rules/coverage.js';
import { authenticitySampleSize, drawSample } from '../rules/authenticity.js';
import {
  AGENCIES,
  PROJECT_STEMS,
  REGIONS,
  SECTIONS,
  SECTOR_LIBRARY_GROUP,
  UNITS,
  type DemoUnit,
  type Sector,
} from './county-actors.js';
import { COMMON_LIBRARY, SECTOR_LIBRARY, type LibraryIndicator } from './indicator-library.js';
import { Random, splitExactly } from './random.js';
import { defaultCalendar } from '../modules/calendar/index.js';

/** Units of people, animals and things: their planned and actual values are whole numbers. */
const COUNTED_UNITS = new Set([
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

/**
 * The demo county: inputs chosen so that the rules of the year yield every figure of the county's
 * report (DOMAIN.md). Flags, grades, cuts and ratings are computed here by the rules, never written in.
 * Pure and deterministic: the same rows on every load.
 */

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

const y = (fen: bigint) => formatYuan(fen);
const laterOf = (a: string, b: string) => (a > b ? a : b);

/** The demo's expert library: name, field, organisation, the units (codes) each must not review. */
const DEMO_EXPERTS: [string, string, string, string[]][] = [
  ['王建华', '财务会计', '新疆财经大学', []],
  ['李秀兰', '教育', '巴州教育研究院', ['jyj']],
  ['张立军', '农业农村', '巴州农业科学研究所', []],
  ['刘海燕', '财政预算', '尉犁县审计局', ['sjj']],
  ['陈志强', '工程造价', '新疆建设工程造价协会', []],
  ['杨晓梅', '卫生健康', '巴州人民医院', ['wjw']],
  ['赵文斌', '社会保障', '巴州社会科学院', []],
  ['周国庆', '绩效管理', '新疆大学经济与管理学院', []],
];
const RULES: RuleSet = DEFAULT_RULE_SET;

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

interface PlannedProject {
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

interface PlannedIndicator {
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

interface ReportOutcome {
  projectId: number;
  failed: boolean;
  executed: bigint;
  budget: bigint;
}

/**
 * The county's day the tests' demo is built for: 30 May 2024, when 2022 and 2023 are closed and 2024 is the
 * year in progress with its checkpoints planned (the year the tests play). A server's demo is built for its today.
 */
export const PINNED_DEMO_TODAY = '2024-05-30';

/** The first year the demo can hold in progress; a later today adds complete years and the year of today. */
const FIRST_LIVE_YEAR = 2024;

export function buildDemoCounty(opts: {
  passwordHash: string;
  biToken: { hash: string; prefix: string };
  /** The county's today (YYYY-MM-DD): its year is the year in progress, its checkpoints as the calendar says. */
  today?: string;
}): Rows {
  const today = opts.today ?? PINNED_DEMO_TODAY;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < `${FIRST_LIVE_YEAR}-01-01`) {
    throw new Error(`demo: today must be a date from ${FIRST_LIVE_YEAR}-01-01 on (got ${today})`);
  }
  const liveYear = Number(today.slice(0, 4));
  /** A today after 2024: 2024 up to the year before today's is complete, today's year in progress. */
  const live = liveYear > FIRST_LIVE_YEAR;
  // The years up to 2024 draw from one seed, the later ones from another: 2022–2024 stay the same whatever today.
  let rnd = new Random('jixiao-demo-county-尉犁县');
  const rows: Rows = Object.fromEntries(TABLE_ORDER.map((t) => [t, [] as Row[]]));
  const ids: Record<string, number> = {};
  const nextId = (table: string) => (ids[table] = (ids[table] ?? 0) + 1);
  const add = (table: string, row: Row) => {
    const id = (row.id as number | undefined) ?? nextId(table);
    rows[table]!.push({ id, ...row });
    return id;
  };

  // --- Regions, sections, units, agencies, rules ---------------------------------------------------
  let path = '/';
  let parentId: number | null = null;
  for (const r of REGIONS) {
    const id = nextId('region');
    path = `${path}${id}/`;
    add('region', { id, parent_id: parentId, code: r.code, name: r.name, name_en: r.nameEn, level: r.level, path });
    parentId = id;
  }
  const provinceId = 1;
  const prefectureId = 2;
  const countyId = 3;
  const sectionId = new Map<string, number>();
  for (const s of SECTIONS) {
    sectionId.set(
      s.code,
      add('section', {
        region_id: countyId,
        code: s.code,
        name: s.name,
        kind: s.kind,
        owned_fund_family: s.ownedFundFamily ?? null,
      }),
    );
  }
  const units = UNITS.map((u) => {
    const id = add('unit', {
      region_id: countyId,
      code: u.slug,
      name: u.name,
      supervising_section_id: sectionId.get(u.section)!,
      classified: !!u.classified,
    });
    return { ...u, id };
  });
  const agencies = AGENCIES.map((a) => ({
    ...a,
    id: add('agency', { region_id: countyId, code: a.slug, name: a.name, credit_code: a.creditCode }),
  }));
  // The expert library (专家库): enough experts for every panel, two of them conflicted with units they work for.
  const unitIdOf = (slug: string) => units.find((u) => u.slug === slug)!.id;
  for (const [name, field, organisation, conflicts] of DEMO_EXPERTS) {
    const expertId = add('expert', {
      region_id: countyId,
      name,
      field,
      organisation,
      contact: '',
      active: true,
      version: 1,
    });
    for (const slug of conflicts) add('expert_conflict', { expert_id: expertId, unit_id: unitIdOf(slug) });
  }
  // From mid-October the next year is opened for its budget preparation (its rules, its projects' targets).
  const preparing = live && today >= `${liveYear}-10-15`;
  for (let year = 2022; year <= Math.max(2024, liveYear) + (preparing ? 1 : 0); year++) {
    add('rule_set', { region_id: countyId, year, rules: JSON.stringify(RULES) });
  }

  // --- Indicator library: the province's, used by every region below it ------------------------------
  const templatesByGroup = new Map<string, (LibraryIndicator & { id: number })[]>();
  for (const [library, groups] of [
    ['COMMON', COMMON_LIBRARY],
    ['SECTOR', SECTOR_LIBRARY],
  ] as const) {
    for (const g of groups) {
      const groupId = add('indicator_group', { library, code: g.code, name: g.name, name_en: g.nameEn });
      templatesByGroup.set(
        g.code,
        g.indicators.map((t) => {
          const id = add('indicator_template', {
            region_id: provinceId,
            group_id: groupId,
            code: t.code,
            level1: t.level1,
            level2: t.level2,
            name: t.name,
            comparator: t.comparator,
            unit_of_measure: t.unit,
            reference_value: t.referenceValue,
            quantitative: t.quantitative,
          });
          return { ...t, id };
        }),
      );
    }
  }

  // --- Users -----------------------------------------------------------------------------------------
  const user = (username: string, displayName: string, role: string, extra: Row = {}) =>
    add('app_user', {
      username,
      password_hash: opts.passwordHash,
      display_name: displayName,
      role,
      region_id: countyId,
      section_id: null,
      unit_id: null,
      agency_id: null,
      active: true,
      ...extra,
    });
  const leaderId = user('leader', '李志刚（县人民政府副县长）', 'LEADERSHIP');
  const pesUserId = user('pes', '王丽娟（预算绩效评价科）', 'PERFORMANCE', { section_id: sectionId.get('pes') });
  user('budget', '陈海涛（预算科）', 'BUDGET', { section_id: sectionId.get('budget') });
  for (const s of SECTIONS.filter((s) => s.kind === 'BUSINESS' || s.kind === 'FUND')) {
    user(s.code, `${s.name}科长`, s.kind === 'BUSINESS' ? 'BUSINESS_SECTION' : 'FUND_SECTION', {
      section_id: sectionId.get(s.code),
    });
  }
  const unitUserId = new Map<number, number>();
  for (const u of units) unitUserId.set(u.id, user(`unit-${u.slug}`, `${u.name}绩效联络员`, 'UNIT', { unit_id: u.id }));
  for (const a of agencies) user(`agency-${a.slug}`, `${a.name}项目负责人`, 'AGENCY', { agency_id: a.id });
  user('prefecture', '巴音郭楞蒙古自治州财政局绩效科', 'UPPER_LEVEL', { region_id: prefectureId });
  add('api_token', {
    user_id: leaderId,
    name: '演示 BI 令牌 / Demo BI token',
    token_hash: opts.biToken.hash,
    prefix: opts.biToken.prefix,
  });

  // --- Projects ---------------------------------------------------------------------------------------
  const transferPayments = new Map<
    string,
    { id: number; indicatorId: number; projects: PlannedProject[]; name: string; year: number }
  >();

  function familyFor(sector: Sector): FundFamily {
    const r = rnd.next();
    switch (sector) {
      case 'rural':
      case 'town':
        return r < 0.5 ? 'RURAL_REVITALIZATION' : r < 0.6 ? 'TRANSFER_PAYMENT' : 'GENERAL_PUBLIC';
      case 'agriculture':
      case 'water':
      case 'forestry':
        return r < 0.4 ? 'TRANSFER_PAYMENT' : r < 0.55 ? 'RURAL_REVITALIZATION' : 'GENERAL_PUBLIC';
      case 'education':
      case 'health':
        return r < 0.35 ? 'TRANSFER_PAYMENT' : 'GENERAL_PUBLIC';
      case 'social':
        return r < 0.45 ? 'SOCIAL_INSURANCE' : r < 0.6 ? 'TRANSFER_PAYMENT' : 'GENERAL_PUBLIC';
      case 'housing':
      case 'transport':
        return r < 0.22 ? 'SPECIAL_BOND' : r < 0.45 ? 'GOVERNMENT_FUND' : 'GENERAL_PUBLIC';
      case 'resources':
        return r < 0.5 ? 'GOVERNMENT_FUND' : 'GENERAL_PUBLIC';
      case 'industry':
      case 'commerce':
        return r < 0.35 ? 'STATE_CAPITAL' : 'GENERAL_PUBLIC';
      default:
        return r < 0.08 ? 'GOVERNMENT_FUND' : 'GENERAL_PUBLIC';
    }
  }
  const FAMILY_SIZE: Record<FundFamily, number> = {
    GENERAL_PUBLIC: 1,
    GOVERNMENT_FUND: 1.6,
    STATE_CAPITAL: 1.4,
    SOCIAL_INSURANCE: 2.2,
    SPECIAL_BOND: 5,
    RURAL_REVITALIZATION: 1.3,
    TRANSFER_PAYMENT: 1.5,
  };
  const SECTOR_WEIGHT: Partial<Record<Sector, number>> = {
    education: 1.8,
    health: 1.6,
    agriculture: 1.5,
    water: 1.5,
    town: 1.1,
    housing: 1.5,
    transport: 1.4,
    rural: 1.6,
    admin: 0.6,
    justice: 0.8,
    social: 1.3,
    civil: 1.2,
  };

  /** Spreads n projects over the 58 units: at least `min` each, the rest by the units' size. */
  function unitsFor(n: number, min: number): (typeof units)[number][] {
    const out: (typeof units)[number][] = [];
    for (const u of units) for (let i = 0; i < min; i++) out.push(u);
    const weights = units.map((u) => SECTOR_WEIGHT[u.sector] ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    while (out.length < n) {
      let r = rnd.next() * total;
      let i = 0;
      while (r > weights[i]!) r -= weights[i++]!;
      out.push(units[i]!);
    }
    return rnd.shuffle(out);
  }

  const usedNames = new Set<string>();
  function projectName(year: number, u: DemoUnit): string {
    const stems = PROJECT_STEMS[u.sector];
    const place = u.sector === 'town' ? u.name.replace('人民政府', '') : '';
    for (let attempt = 0; ; attempt++) {
      const stem = rnd.pick(stems);
      const suffix =
        attempt < 6 ? '' : ['（一期）', '（二期）', '（三期）', '（续建）', '（第二批）', '（提升）'][attempt % 6];
      const name = `${year}年${place}${stem}${suffix}`;
      const key = `${u.slug}|${name}`;
      if (!usedNames.has(key)) {
        usedNames.add(key);
        return name;
      }
    }
  }

  /**
   * A May flag is raised on 18 June and its plan set on the 25th: a closing drawn in June before that moves
   * to the same day of July (still before the August checkpoint, so the figures stay those of the report).
   */
  function afterPlan(date: string): string {
    const [yy, mm, dd] = date.split('-');
    return mm === '06' && Number(dd) <= 25 ? `${yy}-07-${dd}` : date;
  }

  function dateIn(year: number, fromMonth: number, toMonth: number): string {
    const month = rnd.int(fromMonth, toMonth);
    const day = rnd.int(1, 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  const projectsByYear = new Map<number, PlannedProject[]>();
  const seqByUnitYear = new Map<string, number>();

  /** Creates a batch of projects whose budgets add up to `fen` exactly. */
  function planBatch(
    year: number,
    count: number,
    fen: bigint,
    when: 'annual' | 'beforeMay' | 'afterMay',
    fixed: {
      budget: bigint;
      family?: FundFamily;
      kind?: PlannedProject['kind'];
      isKey?: boolean;
      purchase?: boolean;
    }[] = [],
    minPerUnit = 0,
  ): PlannedProject[] {
    const batchUnits = unitsFor(count, minPerUnit);
    const families = batchUnits.map((u, i) => fixed[i]?.family ?? familyFor(u.sector));
    const freeIdx = batchUnits.map((_, i) => i).filter((i) => !fixed[i]);
    const fixedTotal = fixed.reduce((a, f) => a + f.budget, 0n);
    const weights = freeIdx.map((i) => rnd.logNormal(0.85) * FAMILY_SIZE[families[i]!]);
    const free = splitExactly(fen - fixedTotal, weights, 1000n);
    const budgets = batchUnits.map((_, i) => fixed[i]?.budget ?? free[freeIdx.indexOf(i)]!);
    return batchUnits.map((u, i) => {
      const seq = (seqByUnitYear.get(`${u.id}|${year}`) ?? 0) + 1;
      seqByUnitYear.set(`${u.id}|${year}`, seq);
      const family = families[i]!;
      const p: PlannedProject = {
        id: nextId('project'),
        year,
        unit: u,
        fundFamily: family,
        name: projectName(year, u),
        code: `${year}-${u.slug}-${String(seq).padStart(3, '0')}`,
        budget: budgets[i]!,
        kind: fixed[i]?.kind ?? (rnd.next() < 0.72 ? 'RECURRING' : 'ONE_OFF'),
        isKey: fixed[i]?.isKey ?? false,
        inAnnualBudget: when === 'annual',
        budgetedOn:
          when === 'annual'
            ? `${year}-01-${String(rnd.int(10, 25)).padStart(2, '0')}`
            : when === 'beforeMay'
              ? dateIn(year, 2, 5)
              : dateIn(year, 6, 8),
        purchaseOfServices: fixed[i]?.purchase ?? (family === 'GENERAL_PUBLIC' && rnd.next() < 0.1),
        transferPaymentId: null,
        indicators: [],
      };
      if (family === 'TRANSFER_PAYMENT') linkTransferPayment(p);
      return p;
    });
  }

  const TRANSFER_NAMES: Partial<Record<Sector, string>> = {
    education: '义务教育薄弱环节改善与能力提升补助资金',
    health: '基本公共卫生服务补助资金',
    agriculture: '农业相关转移支付资金',
    water: '水利发展资金',
    forestry: '林业草原生态保护恢复资金',
    social: '就业补助资金',
    rural: '中央财政衔接推进乡村振兴补助资金（转移支付部分）',
    town: '农村综合改革转移支付',
  };

  /** Set for the batches planned after the first transfer payments were written: they get their own (第二批). */
  let transferBatch = '';
  function linkTransferPayment(p: PlannedProject) {
    const name = `${TRANSFER_NAMES[p.unit.sector] ?? '均衡性转移支付'}${p.year <= FIRST_LIVE_YEAR ? transferBatch : ''}`;
    const key = `${p.year}|${name}`;
    let tp = transferPayments.get(key);
    if (!tp) {
      const id = nextId('transfer_payment');
      tp = { id, indicatorId: nextId('transfer_payment_indicator'), projects: [], name, year: p.year };
      transferPayments.set(key, tp);
    }
    tp.projects.push(p);
    p.transferPaymentId = tp.id;
  }

  /** Targets from the library: outputs (60 incl. cost), benefits (30), satisfaction (10); weights add up to 100. */
  const levelCache = new Map<string, (LibraryIndicator & { id: number })[]>();
  const countLike = (t: LibraryIndicator) =>
    t.quantitative && t.comparator === 'GE' && t.unit !== '%' && t.unit !== '分';
  function planIndicators(p: PlannedProject) {
    const group = SECTOR_LIBRARY_GROUP[p.unit.sector];
    const lib = templatesByGroup.get(group)!;
    const byLevel = (l: string) => {
      const key = `${group}|${l}`;
      let of = levelCache.get(key);
      if (!of) levelCache.set(key, (of = lib.filter((t) => t.level1 === l)));
      return rnd.shuffle(of);
    };
    const outputs = byLevel('OUTPUT');
    const keyFirst = [...outputs.filter(countLike).slice(0, 1), ...outputs.filter((t) => !countLike(t))].slice(
      0,
      rnd.int(2, 3),
    );
    const costs = byLevel('COST').slice(0, rnd.next() < 0.4 ? 1 : 0);
    const benefits = byLevel('BENEFIT').slice(0, rnd.int(1, 2));
    const satisfaction = byLevel('SATISFACTION').slice(0, 1);
    const weights = (n: number, total: number) => {
      const base = Math.floor(total / n);
      return Array.from({ length: n }, (_, i) => (i === 0 ? total - base * (n - 1) : base));
    };
    const outWeights = weights(keyFirst.length + costs.length, 60);
    const chosen: [LibraryIndicator & { id: number }, number][] = [
      ...[...keyFirst, ...costs].map((t, i) => [t, outWeights[i]!] as [typeof t, number]),
      ...benefits.map((t, i) => [t, weights(benefits.length, 30)[i]!] as [typeof t, number]),
      ...satisfaction.map((t) => [t, 10] as [typeof t, number]),
    ];
    p.indicators = chosen.map(([t, weight], i) => {
      const scale = countLike(t) ? [0.6, 0.8, 1, 1.5, 2, 3][rnd.int(0, 5)]! : 1;
      const raw = t.quantitative ? Number(t.referenceValue) * scale : NaN;
      // Counts stay whole numbers; rates and amounts keep the library's precision.
      const ref = countLike(t) ? Math.max(1, Math.round(raw)) : raw;
      const target = t.quantitative ? (Number.isInteger(ref) ? String(ref) : ref.toFixed(2)) : null;
      return {
        id: nextId('project_indicator'),
        template: t,
        level1: t.level1,
        level2: t.level2,
        name: t.name,
        comparator: t.comparator,
        target,
        targetText: t.quantitative ? null : t.referenceValue,
        unitOfMeasure: t.unit,
        weight: `${weight}.00`,
        isKey: i === 0 && countLike(t),
        transferIndicatorId: null,
      };
    });
  }

  // 2022: the key-evaluation projects have fixed budgets adding up to 5,532.6 万.
  const t22 = DEMO_TARGETS.y2022;
  const keyFamilies: FundFamily[] = [
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GENERAL_PUBLIC',
    'GOVERNMENT_FUND',
    'GOVERNMENT_FUND',
    'SPECIAL_BOND',
    'SPECIAL_BOND',
    'TRANSFER_PAYMENT',
    'RURAL_REVITALIZATION',
  ];
  const keyBudgets = splitExactly(t22.keyEvaluation, [0.9, 0.6, 0.45, 0.5, 0.8, 0.55, 1.9, 1.4, 0.7, 0.65], 100000n);
  const p2022 = [
    ...planBatch(
      2022,
      t22.annual.count,
      t22.annual.fen,
      'annual',
      keyBudgets.map((b, i) => ({ budget: b, family: keyFamilies[i], isKey: true, purchase: i === 3 })),
    ),
    ...planBatch(2022, t22.midBeforeMay.count, t22.midBeforeMay.fen, 'beforeMay'),
    ...planBatch(2022, t22.midAfterMay.count, t22.midAfterMay.fen, 'afterMay'),
  ];
  const keyEvalProjects = p2022.slice(0, 10);

  const t23 = DEMO_TARGETS.y2023;
  const p2023 = [
    ...planBatch(
      2023,
      t23.annual.count,
      t23.annual.fen,
      'annual',
      t23.exAnte.map((b) => ({ budget: b, kind: 'NEW' as const, family: 'GENERAL_PUBLIC' as FundFamily })),
    ),
    ...planBatch(2023, t23.midBeforeMay.count, t23.midBeforeMay.fen, 'beforeMay'),
    ...planBatch(2023, t23.midAfterMay.count, t23.midAfterMay.fen, 'afterMay'),
  ];
  const t24 = DEMO_TARGETS.y2024;
  const p2024 = [
    ...planBatch(2024, t24.annual.count, t24.annual.fen, 'annual'),
    ...planBatch(2024, t24.midBeforeMay.count, t24.midBeforeMay.fen, 'beforeMay'),
  ];
  projectsByYear.set(2022, p2022);
  projectsByYear.set(2023, p2023);
  projectsByYear.set(2024, p2024);

  for (const list of projectsByYear.values()) {
    // Key projects: the largest tenth of each year (plus the key-evaluation ones).
    const sorted = [...list].sort((a, b) => (b.budget > a.budget ? 1 : b.budget < a.budget ? -1 : 0));
    for (const p of sorted.slice(0, Math.round(list.length / 10))) p.isKey = true;
    for (const p of list) planIndicators(p);
  }

  // Transfer payments: each project carries a split of the upper level's first output target.
  const writtenTransfers = new Set<number>();
  function writeTransferPayments() {
    for (const tp of transferPayments.values()) {
      if (writtenTransfers.has(tp.id)) continue;
      writtenTransfers.add(tp.id);
      const amount = tp.projects.reduce((a, p) => a + p.budget, 0n);
      const upperTarget = tp.projects.length * 120;
      const splits = splitExactly(
        BigInt(upperTarget),
        tp.projects.map((p) => Number(p.budget)),
        1n,
      );
      const check = transferSplitCheck({
        upperValue: `${upperTarget}.00`,
        splitValues: splits.map((s) => `${s}.00`),
      });
      if (!check.ok) throw new Error(`demo: transfer split of ${tp.name} does not add up (${check.difference})`);
      add('transfer_payment', {
        id: tp.id,
        region_id: countyId,
        year: tp.year,
        document_no: `新财预〔${tp.year - 1}〕${100 + tp.id}号`,
        name: `${tp.year}年${tp.name}`,
        amount: y(amount),
      });
      add('transfer_payment_indicator', {
        id: tp.indicatorId,
        transfer_payment_id: tp.id,
        level1: 'OUTPUT',
        level2: '数量指标',
        name: '资金覆盖项目受益对象数',
        comparator: 'GE',
        target_value: `${upperTarget}`,
        unit_of_measure: '人次',
      });
      tp.projects.forEach((p, i) => {
        p.indicators.push({
          id: nextId('project_indicator'),
          template: null,
          level1: 'OUTPUT',
          level2: '数量指标',
          name: '资金覆盖项目受益对象数',
          comparator: 'GE',
          target: String(splits[i]),
          targetText: null,
          unitOfMeasure: '人次',
          weight: '0.00',
          isKey: false,
          transferIndicatorId: tp.indicatorId,
        });
      });
    }
  }
  writeTransferPayments();

  // The fund-owning sections (社保科, 企业科, 债务科, 乡财科) reviewed and passed upward (审核上报) their families'
  // targets and reports before the performance section confirmed them; a classified unit's are out of their sight.
  const ownedFamilies = new Set(
    SECTIONS.flatMap((s) => (s.kind === 'FUND' && s.ownedFundFamily ? [s.ownedFundFamily] : [])),
  );
  const fundReviewed = (p: PlannedProject) => ownedFamilies.has(p.fundFamily) && !p.unit.classified;
  function writeProjects(list: PlannedProject[]) {
    for (const p of list) {
      add('project', {
        id: p.id,
        region_id: countyId,
        year: p.year,
        unit_id: p.unit.id,
        fund_family: p.fundFamily,
        code: p.code,
        name: p.name,
        budget: y(p.budget),
        kind: p.kind,
        is_key: p.isKey,
        in_annual_budget: p.inAnnualBudget,
        budgeted_on: p.budgetedOn,
        purchase_of_services: p.purchaseOfServices,
        transfer_payment_id: p.transferPaymentId,
        target_status: 'APPROVED',
        targets_fund_reviewed_on: fundReviewed(p) ? p.budgetedOn : null,
        version: 1,
        // Targets go public with the budget (信息公开), except a classified unit's.
        // (a project budgeted later in the year, the day it is budgeted).
        targets_published_on: p.unit.classified
          ? null
          : laterOf(`${p.year}-02-${String(10 + (p.id % 10)).padStart(2, '0')}`, p.budgetedOn),
      });
      for (const ind of p.indicators) {
        add('project_indicator', {
          id: ind.id,
          project_id: p.id,
          template_id: ind.template?.id ?? null,
          level1: ind.level1,
          level2: ind.level2,
          name: ind.name,
          comparator: ind.comparator,
          target_value: ind.target,
          target_text: ind.targetText,
          unit_of_measure: ind.unitOfMeasure,
          weight: ind.weight,
          is_key: ind.isKey,
          transfer_indicator_id: ind.transferIndicatorId,
        });
      }
      const first = p.inAnnualBudget ? `${p.year - 1}-11-${String(rnd.int(10, 28)).padStart(2, '0')}` : p.budgetedOn;
      add('target_review', {
        year: p.year,
        subject: 'PROJECT',
        project_id: p.id,
        unit_id: p.unit.id,
        stage: 'BUSINESS_FIRST',
        outcome: 'APPROVED',
        issue_count: 0,
        score: null,
        comment: '初审通过',
        reviewer_user_id: null,
        reviewed_on: first,
      });
      add('target_review', {
        year: p.year,
        subject: 'PROJECT',
        project_id: p.id,
        unit_id: p.unit.id,
        stage: 'PERFORMANCE',
        outcome: 'APPROVED',
        issue_count: 0,
        score: rnd.decimal(80, 98),
        comment: '审核通过',
        reviewer_user_id: pesUserId,
        reviewed_on: first,
      });
    }
  }
  for (const [, list] of projectsByYear) writeProjects(list);

  // Ex-ante assessments of the two new 2023 projects (36.56 万).
  for (const [i, p] of p2023.filter((p) => p.kind === 'NEW').entries()) {
    add('ex_ante_assessment', {
      project_id: p.id,
      necessity: '项目符合县委县政府年度重点工作部署，群众需求迫切。',
      feasibility: '实施方案成熟，场地与人员已落实。',
      target_reasonableness: '绩效目标与资金规模匹配，指标可衡量。',
      funding_plan: `申请县级财政资金${y(p.budget)}元，年内一次性安排。`,
      attachment_names: JSON.stringify(['事前绩效评估报告.pdf', '项目实施方案.docx']),
      section_opinion: '经初审，项目必要性充分，同意报送绩效科审核。',
      pes_score: ['88.50', '84.00'][i],
      conclusion: 'SUPPORT',
      agency_id: null,
      agency_conclusion: null,
      agency_sent_on: null,
      status: 'CONCLUDED',
      submitted_on: '2022-11-08',
      concluded_on: '2022-12-02',
      version: 1,
    });
  }

  // Unit-wide targets of 2023: 58 units reviewed, 36 returned with 70 issues, all approved in the end.
  const returned = new Set(rnd.shuffle(units.map((u) => u.id)).slice(0, t23.unitWideReturned));
  const issueCounts = splitExactly(
    BigInt(t23.unitWideIssues - t23.unitWideReturned),
    [...returned].map(() => rnd.next()),
    1n,
  ).map((n) => Number(n) + 1);
  let returnedIdx = 0;
  for (const u of units) {
    add('target_review', {
      year: 2023,
      subject: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      stage: 'BUSINESS_FIRST',
      outcome: 'APPROVED',
      issue_count: 0,
      score: null,
      comment: '初审通过',
      reviewer_user_id: null,
      reviewed_on: '2023-02-20',
    });
    if (returned.has(u.id)) {
      const issues = issueCounts[returnedIdx++]!;
      add('target_review', {
        year: 2023,
        subject: 'UNIT_WIDE',
        project_id: null,
        unit_id: u.id,
        stage: 'PERFORMANCE',
        outcome: 'RETURNED',
        issue_count: issues,
        score: rnd.decimal(62, 78),
        comment: `退回修改：${['部分指标无具体数值', '产出指标与职能不匹配', '满意度指标缺失', '指标值偏低、易于完成'].slice(0, Math.min(4, issues)).join('；')}`,
        reviewer_user_id: pesUserId,
        reviewed_on: '2023-03-06',
      });
    }
    add('target_review', {
      year: 2023,
      subject: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      stage: 'PERFORMANCE',
      outcome: 'APPROVED',
      issue_count: 0,
      score: rnd.decimal(82, 97),
      comment: '审核通过',
      reviewer_user_id: pesUserId,
      reviewed_on: returned.has(u.id) ? '2023-03-24' : '2023-03-06',
    });
  }

  // --- Monitoring -------------------------------------------------------------------------------------
  interface Checkpoint {
    id: number;
    year: number;
    month: number;
    periodEnd: string;
    reportDue: string;
    share: { numerator: number; denominator: number };
  }
  /**
   * A checkpoint's state on the county's today: planned until its period ends, open while its reports come in,
   * confirmed from the 21st of the month they are due (the performance section confirms them by the 20th).
   */
  function stageOn(year: number, month: number): 'PLANNED' | 'OPEN' | 'CONFIRMED' {
    const rule = RULES.monitoring.checkpoints.find((c) => c.month === month) ?? { month, reportDueDay: 10 };
    const dates = checkpointDates(year, rule);
    if (today <= dates.periodEnd) return 'PLANNED';
    return today < dates.reportDue.replace(/-\d\d$/, '-21') ? 'OPEN' : 'CONFIRMED';
  }
  function checkpoint(year: number, month: number, status: string): Checkpoint {
    const rule = RULES.monitoring.checkpoints.find((c) => c.month === month)!;
    const dates = checkpointDates(year, rule);
    const id = add('monitoring_checkpoint', {
      region_id: countyId,
      year,
      month,
      scope: 'PROJECT',
      period_end: dates.periodEnd,
      report_due: dates.reportDue,
      status,
      version: 1,
    });
    return { id, year, month, ...dates, share: rule.elapsedShare };
  }
  const unitWideCheckpoint = (year: number, status: string) =>
    add('monitoring_checkpoint', {
      region_id: countyId,
      year,
      month: RULES.monitoring.unitWideMonth,
      scope: 'UNIT_WIDE',
      period_end: `${year}-06-30`,
      report_due: `${year}-07-10`,
      status,
      version: 1,
    });

  /** Planned value of an indicator at a checkpoint: counts accrue over the year, rates and scores do not. */
  const plannedAt = (ind: PlannedIndicator, month: number) => {
    if (ind.target === null) return null;
    const accrues = ind.comparator === 'GE' && !['%', '分'].includes(ind.unitOfMeasure);
    const v = accrues ? (Number(ind.target) * month) / 12 : Number(ind.target);
    // People, animals and things are counted whole: a share of the year's 100 people is 42, not 41.67.
    return (COUNTED_UNITS.has(ind.unitOfMeasure) ? Math.ceil(v) : v).toFixed(2);
  };
  /** An actual value as a person would report it: whole counts (down when failing), rates within 100 %. */
  const reported = (ind: PlannedIndicator, value: number, failing: boolean) => {
    if (COUNTED_UNITS.has(ind.unitOfMeasure)) return (failing ? Math.floor(value) : Math.ceil(value)).toFixed(2);
    if (ind.unitOfMeasure === '%') return Math.min(value, 100).toFixed(2);
    return value.toFixed(2);
  };
  const keyIndicators = (p: PlannedProject) => p.indicators.filter((i) => i.isKey);

  /**
   * Writes the reports of one checkpoint with the given executed amounts and indicator behaviour,
   * and returns the rules' verdicts.
   */
  function report(
    cp: Checkpoint,
    plan: { project: PlannedProject; executed: bigint; indicatorFails: boolean }[],
    /** An open checkpoint: the units that reported by today submitted, the others not yet (late after the due day). */
    open = false,
  ): ReportOutcome[] {
    const [dueY, dueM] = cp.reportDue.split('-');
    if (open) {
      plan = plan.filter(() => rnd.next() < (today > cp.reportDue ? 0.85 : 0.6));
    }
    return plan.map(({ project: p, executed, indicatorFails }) => {
      const reportId = nextId('monitoring_report');
      const keyReports: KeyIndicatorReport[] = [];
      for (const ind of p.indicators) {
        const planned = plannedAt(ind, cp.month);
        let actual: string | null = null;
        if (planned !== null) {
          const factor =
            indicatorFails && ind.isKey
              ? rnd.between(0.55, 0.74)
              : ind.comparator === 'LE'
                ? rnd.between(0.86, 1.0)
                : rnd.between(0.93, 1.12);
          actual = reported(ind, Number(planned) * factor, indicatorFails && ind.isKey);
          if (ind.isKey)
            keyReports.push({ comparator: ind.comparator as KeyIndicatorReport['comparator'], planned, actual });
        }
        add('indicator_actual', {
          report_id: reportId,
          project_indicator_id: ind.id,
          planned_value: planned,
          actual_value: actual,
          explanation:
            indicatorFails && ind.isKey ? '受施工进度及审批时限影响，阶段性任务未按计划完成，已制定赶进度措施。' : '',
        });
      }
      const verdict = monitoringVerdict(
        { budget: y(p.budget), executed: y(executed), keyIndicators: keyReports },
        { elapsedShare: cp.share },
        RULES.monitoring,
      );
      const submittedOn = `${dueY}-${dueM}-${String(rnd.int(2, 10)).padStart(2, '0')}`;
      const confirmedOn = `${dueY}-${dueM}-${String(rnd.int(15, 20)).padStart(2, '0')}`;
      add('monitoring_report', {
        id: reportId,
        checkpoint_id: cp.id,
        project_id: p.id,
        budget: y(p.budget),
        executed: y(executed),
        status: open ? 'SUBMITTED' : 'CONFIRMED',
        failed: verdict.failed,
        failure_reasons: JSON.stringify(verdict.reasons),
        submitted_on: open && submittedOn > today ? laterOf(cp.periodEnd, today) : submittedOn,
        confirmed_on: open ? null : confirmedOn,
        // Between its submission (2nd–10th) and confirmation (15th–20th); no draw, so the figures stay as they were.
        fund_reviewed_on: fundReviewed(p) && !open ? `${dueY}-${dueM}-12` : null,
        version: 1,
      });
      return { projectId: p.id, failed: verdict.failed, executed, budget: p.budget };
    });
  }

  /** Flags by the rules over a year's checkpoints; `closeOn` says when people rectified and closed each flag. */
  function runFlags(
    checkpoints: Checkpoint[],
    outcomes: ReportOutcome[][],
    closeOn: (projectId: number, checkpointIdx: number, level: string) => string | null,
  ) {
    const open = new Map<number, { id: number; level: string; row: Row }>();
    const consecutive = new Map<number, number>();
    const owners = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '阿依古丽', '买买提·吐尔逊', '赵磊', '古丽娜尔'];
    checkpoints.forEach((cp, k) => {
      for (const o of outcomes[k]!) {
        const flag = open.get(o.projectId);
        const action = nextFlagAction(
          {
            openFlag: flag ? { level: flag.level as 'YELLOW' | 'RED' } : null,
            consecutiveFailuresBefore: consecutive.get(o.projectId) ?? 0,
            failed: o.failed,
          },
          RULES.monitoring,
        );
        const deadline = rectificationDeadline(cp.reportDue, RULES.monitoring);
        const raisedOn = cp.reportDue.replace(/-\d\d$/, '-18');
        if (action === 'RAISE_YELLOW' || action === 'RAISE_RED') {
          const level = action === 'RAISE_YELLOW' ? 'YELLOW' : 'RED';
          const id = nextId('flag');
          const row: Row = {
            id,
            project_id: o.projectId,
            level,
            status: 'OPEN',
            raised_checkpoint_id: cp.id,
            escalated_checkpoint_id: null,
            deadline,
            owner_name: rnd.pick(owners),
            rectification_plan: '',
            evidence: '',
            closed_on: null,
            closed_by_user_id: null,
            // A red flag proposes recalling the funds not yet spent, as the live rule does (flag-rules.ts).
            proposed_reduction: level === 'RED' ? y(o.budget - o.executed) : null,
            version: 1,
          };
          rows.flag!.push(row);
          open.set(o.projectId, { id, level, row });
          add('flag_event', {
            flag_id: id,
            kind: 'RAISED',
            level,
            checkpoint_id: cp.id,
            occurred_on: raisedOn,
            user_id: pesUserId,
            note: '监控未达标，系统按规则标记',
          });
        } else if (action === 'ESCALATE_TO_RED') {
          flag!.level = 'RED';
          flag!.row.level = 'RED';
          flag!.row.escalated_checkpoint_id = cp.id;
          flag!.row.deadline = deadline;
          flag!.row.proposed_reduction = y(o.budget - o.executed);
          add('flag_event', {
            flag_id: flag!.id,
            kind: 'ESCALATED',
            level: 'RED',
            checkpoint_id: cp.id,
            occurred_on: raisedOn,
            user_id: pesUserId,
            note: '连续两个监控节点未达标，升级为红标',
          });
        }
        consecutive.set(o.projectId, o.failed ? (consecutive.get(o.projectId) ?? 0) + 1 : 0);
      }
      // Rectification between this checkpoint and the next.
      for (const [projectId, flag] of [...open]) {
        const closedOn = closeOn(projectId, k, flag.level);
        // Nothing is closed after the county's today: the flag is still being rectified.
        if (!closedOn || closedOn > today) continue;
        const plannedOn = cp.reportDue.replace(/-\d\d$/, '-25');
        flag.row.rectification_plan = '加快资金拨付进度，按月调度项目实施，逐项落实整改措施。';
        flag.row.evidence = '整改报告、资金支付凭证及项目进度照片';
        flag.row.status = 'CLOSED';
        flag.row.closed_on = closedOn;
        flag.row.closed_by_user_id = pesUserId;
        add('flag_event', {
          flag_id: flag.id,
          kind: 'PLAN_SET',
          level: flag.level,
          checkpoint_id: null,
          occurred_on: plannedOn,
          user_id: unitUserId.get(projectUnit(projectId)) ?? null,
          note: '提交整改方案',
        });
        add('flag_event', {
          flag_id: flag.id,
          kind: 'CLOSED',
          level: flag.level,
          checkpoint_id: null,
          occurred_on: closedOn,
          user_id: pesUserId,
          note: '整改到位，予以销号',
        });
        open.delete(projectId);
      }
    });
    return open;
  }
  const unitOfProject = new Map<number, number>();
  for (const list of projectsByYear.values()) for (const p of list) unitOfProject.set(p.id, p.unit.id);
  const projectUnit = (id: number) => unitOfProject.get(id)!;

  const ceilShare = (budget: bigint, share: { numerator: number; denominator: number }) =>
    (budget * BigInt(share.numerator) + BigInt(share.denominator) - 1n) / BigInt(share.denominator);
  const atRate = (budget: bigint, rate: number) => BigInt(Math.floor(Number(budget) * rate));

  /** Distributes `total` over items in proportion to random weights × budget, within [0, cap_i]. */
  function distribute(total: bigint, items: { budget: bigint; cap: bigint }[]): bigint[] {
    const out = items.map(() => 0n);
    let left = total;
    let active = items.map((_, i) => i);
    const w = items.map((it) => rnd.between(0.3, 1.7) * Number(it.budget));
    for (let round = 0; left > 0n && active.length > 0 && round < 50; round++) {
      const parts = splitExactly(
        left,
        active.map((i) => w[i]!),
        1n,
      );
      const next: number[] = [];
      active.forEach((i, k) => {
        const room = items[i]!.cap - out[i]!;
        const give = parts[k]! < room ? parts[k]! : room;
        out[i] = out[i]! + give;
        left -= give;
        if (out[i]! < items[i]!.cap) next.push(i);
      });
      active = next;
    }
    if (left !== 0n) throw new Error('demo: could not distribute executed amounts within the caps');
    return out;
  }

  function monitorYear(
    year: number,
    list: PlannedProject[],
    spec: {
      mayExecuted?: bigint;
      augExecuted?: bigint;
      mayFailures: number;
      mayIndicatorFailures: number;
      augEscalated: number;
      augFirstYellow: number;
      augIndicatorFailures: number;
      closeAfterMay: 'allButEscalated';
      closeAfterAug: (level: string) => string | null;
    },
  ) {
    const may = checkpoint(year, 5, stageOn(year, 5));
    const aug = checkpoint(year, 8, stageOn(year, 8));
    unitWideCheckpoint(year, stageOn(year, RULES.monitoring.unitWideMonth));
    const mayStage = stageOn(year, 5);
    const augStage = stageOn(year, 8);
    if (mayStage === 'PLANNED') return null;
    const mayList = list.filter((p) => p.budgetedOn <= may.periodEnd);
    const share5 = may.share;
    const share8 = aug.share;

    // May: choose who fails; the passing ones run at or above 5/12, the failing below it.
    let failing: PlannedProject[] = [];
    let indicatorOnly: PlannedProject[] = [];
    let high: PlannedProject[] = [];
    for (let attempt = 0; attempt < 200; attempt++) {
      const shuffled = rnd.shuffle(mayList);
      const withKey = shuffled.filter((p) => keyIndicators(p).length > 0);
      indicatorOnly = withKey.slice(0, spec.mayIndicatorFailures);
      const rest = shuffled.filter((p) => !indicatorOnly.includes(p));
      failing = rest.slice(0, spec.mayFailures - spec.mayIndicatorFailures);
      high = rest.slice(spec.mayFailures - spec.mayIndicatorFailures).concat(indicatorOnly);
      const total = mayList.reduce((a, p) => a + p.budget, 0n);
      const highShare = Number(high.reduce((a, p) => a + p.budget, 0n)) / Number(total);
      if (!spec.mayExecuted || (highShare > 0.3 && highShare < 0.5)) break;
    }
    const mayExec = new Map<number, bigint>();
    for (const p of high) {
      const floor = ceilShare(p.budget, share5);
      const e = atRate(p.budget, rnd.between(0.42, 0.62));
      mayExec.set(p.id, e > floor ? e : floor);
    }
    const highTotal = [...mayExec.values()].reduce((a, b) => a + b, 0n);
    const lowTarget =
      spec.mayExecuted !== undefined
        ? spec.mayExecuted - highTotal
        : failing.reduce((a, p) => a + atRate(p.budget, rnd.between(0.08, 0.3)), 0n);
    const lowExec = distribute(
      lowTarget,
      failing.map((p) => ({ budget: p.budget, cap: ceilShare(p.budget, share5) - 1n })),
    );
    failing.forEach((p, i) => mayExec.set(p.id, lowExec[i]!));
    const mayOutcomes = report(
      may,
      mayList.map((p) => ({ project: p, executed: mayExec.get(p.id)!, indicatorFails: indicatorOnly.includes(p) })),
      mayStage === 'OPEN',
    );
    if (mayStage === 'OPEN') return null;
    const mayFailed = new Set(mayOutcomes.filter((o) => o.failed).map((o) => o.projectId));
    if (mayFailed.size !== spec.mayFailures) throw new Error(`demo: ${year}-05 has ${mayFailed.size} failures`);

    // August: a few May failures stay unrectified and fail again (red); some first-time failures (yellow).
    const escalate = rnd.shuffle(failing).slice(0, spec.augEscalated);
    const firstCandidates = rnd.shuffle(list.filter((p) => !mayFailed.has(p.id)));
    const firstWithKey = firstCandidates.filter((p) => keyIndicators(p).length > 0).slice(0, spec.augIndicatorFailures);
    const firstExec = firstCandidates
      .filter((p) => !firstWithKey.includes(p))
      .slice(0, spec.augFirstYellow - spec.augIndicatorFailures);
    const augExec = new Map<number, bigint>();
    for (const p of [...escalate, ...firstExec]) {
      const cap = ceilShare(p.budget, share8) - 1n;
      const prev = mayExec.get(p.id) ?? 0n;
      let e = atRate(p.budget, rnd.between(0.35, 0.6));
      if (e < prev) e = prev;
      augExec.set(p.id, e > cap ? cap : e);
    }
    const passing = list.filter((p) => !augExec.has(p.id));
    const floors = passing.map((p) => {
      const f = ceilShare(p.budget, share8);
      const prev = mayExec.get(p.id) ?? 0n;
      return f > prev ? f : prev;
    });
    const failTotal = [...augExec.values()].reduce((a, b) => a + b, 0n);
    const floorTotal = floors.reduce((a, b) => a + b, 0n);
    const surplusTarget =
      spec.augExecuted !== undefined
        ? spec.augExecuted - failTotal - floorTotal
        : passing.reduce((a, p) => a + atRate(p.budget, rnd.between(0, 0.2)), 0n);
    const surplus = distribute(
      surplusTarget,
      passing.map((p, i) => ({ budget: p.budget, cap: (p.budget * 97n) / 100n - floors[i]! })),
    );
    passing.forEach((p, i) => augExec.set(p.id, floors[i]! + surplus[i]!));
    const augPlan = list.filter((p) => p.budgetedOn <= aug.periodEnd);
    // August not yet over: no report of it.
    const augOutcomes =
      augStage === 'PLANNED'
        ? []
        : report(
            aug,
            augPlan.map((p) => ({
              project: p,
              executed: augExec.get(p.id)!,
              indicatorFails: firstWithKey.includes(p),
            })),
            augStage === 'OPEN',
          );

    const escalateIds = new Set(escalate.map((p) => p.id));
    const confirmed = augStage === 'CONFIRMED' ? [may, aug] : [may];
    const open = runFlags(confirmed, [mayOutcomes, augOutcomes].slice(0, confirmed.length), (projectId, k, level) => {
      if (k === 0)
        return escalateIds.has(projectId)
          ? null
          : afterPlan(
              dateIn(year, 6, 8).replace(/-(\d\d)$/, (_m, d) => `-${String(Math.min(Number(d), 25)).padStart(2, '0')}`),
            );
      return spec.closeAfterAug(level);
    });
    return { may, aug, mayOutcomes, augOutcomes, open, escalate };
  }

  // 2022: 4 projects fail both checkpoints and are never rectified (they cap their self-evaluation).
  const m22 = monitorYear(2022, p2022.filter((p) => !keyEvalProjects.includes(p)).concat(keyEvalProjects), {
    mayFailures: 41,
    mayIndicatorFailures: 4,
    augEscalated: 4,
    augFirstYellow: 5,
    augIndicatorFailures: 1,
    closeAfterMay: 'allButEscalated',
    closeAfterAug: (level) => (level === 'RED' ? null : '2022-10-20'),
  });
  // 2023: the report's figures.
  let closedLater = 0;
  const m23 = monitorYear(2023, p2023, {
    mayExecuted: t23.mayExecuted,
    augExecuted: t23.augExecuted,
    mayFailures: t23.mayFailures,
    mayIndicatorFailures: 6,
    augEscalated: t23.augEscalated,
    augFirstYellow: t23.augFirstYellow,
    augIndicatorFailures: 4,
    closeAfterMay: 'allButEscalated',
    closeAfterAug: (level) => {
      closedLater++;
      return level === 'RED'
        ? closedLater % 3 === 0
          ? '2023-11-15'
          : null
        : closedLater % 3 === 0
          ? null
          : '2023-10-26';
    },
  });
  if (!m22 || !m23) throw new Error('demo: 2022 and 2023 are monitored');
  // 2024 on the pinned today: the year in progress, checkpoints planned, nothing reported yet. On a later
  // today it is monitored with the years after it (below), from their own seed.
  if (!live) {
    checkpoint(2024, 5, 'PLANNED');
    checkpoint(2024, 8, 'PLANNED');
    unitWideCheckpoint(2024, 'PLANNED');
  }

  // --- 2022 evaluations (done in 2023) --------------------------------------------------------------
  const redUnrectified = new Set(
    [...m22.open.values()].filter((f) => f.level === 'RED').map((f) => f.row.project_id as number),
  );
  // They were still open when the 2022 self-evaluations were made (hence the cap), and were rectified in
  // the autumn after: a 2022 flag is not left open for years.
  for (const flag of m22.open.values()) {
    if (flag.level !== 'RED') continue;
    flag.row.rectification_plan = '按评价意见整改，调整实施方案并加快资金拨付。';
    flag.row.evidence = '整改报告及资金支付凭证';
    flag.row.status = 'CLOSED';
    flag.row.closed_on = '2023-09-28';
    flag.row.closed_by_user_id = pesUserId;
    add('flag_event', {
      flag_id: flag.id,
      kind: 'CLOSED',
      level: 'RED',
      checkpoint_id: null,
      occurred_on: '2023-09-28',
      user_id: pesUserId,
      note: '自评扣分后完成整改，予以销号',
    });
  }
  const augExec22 = new Map(m22.augOutcomes.map((o) => [o.projectId, o.executed]));
  const selfIds = [...p2022].sort((a, b) => a.code.localeCompare(b.code)).map((p) => p.code);
  const authenticitySeed = '2022年度项目自评真实性核查';
  const drawn = drawSample(selfIds, authenticitySampleSize(selfIds.length, RULES.authenticity), authenticitySeed);
  const sample = new Set(drawn);
  const byCode = new Map(p2022.map((p) => [p.code, p]));
  const keyIds = new Set(keyEvalProjects.map((p) => p.id));
  const veto = [...sample].map((c) => byCode.get(c)!).find((p) => !redUnrectified.has(p.id) && !keyIds.has(p.id))!;
  const pool = rnd.shuffle(p2022.filter((p) => !redUnrectified.has(p.id) && p !== veto && !keyIds.has(p.id)));
  const misuse = pool.slice(0, 1);
  const audit = pool.slice(1, 4);
  const naturalMedium = pool.slice(4, 14);
  const naturalPoor = pool.slice(14, 22);
  const good = new Set(pool.slice(22, 82).map((p) => p.id));
  const intended = (p: PlannedProject): Grade =>
    naturalMedium.includes(p) ? 'MEDIUM' : naturalPoor.includes(p) ? 'POOR' : good.has(p.id) ? 'GOOD' : 'EXCELLENT';

  const BANDS: Record<
    Grade,
    { exec: [number, number]; out: [number, number]; ben: [number, number]; sat: [number, number] }
  > = {
    EXCELLENT: { exec: [0.95, 1], out: [92, 100], ben: [88, 100], sat: [88, 99] },
    GOOD: { exec: [0.85, 1], out: [80, 93], ben: [74, 90], sat: [80, 95] },
    MEDIUM: { exec: [0.75, 0.95], out: [62, 80], ben: [55, 78], sat: [70, 90] },
    POOR: { exec: [0.7, 0.9], out: [35, 58], ben: [30, 55], sat: [55, 80] },
  };
  const grades22 = new Map<number, { grade: Grade; evaluationId: number }>();
  for (const p of p2022) {
    const band =
      BANDS[redUnrectified.has(p.id) || audit.includes(p) || p === veto || misuse.includes(p) ? 'GOOD' : intended(p)];
    const want = intended(p);
    const natural = !(redUnrectified.has(p.id) || audit.includes(p) || p === veto || misuse.includes(p));
    const floor = augExec22.get(p.id) ?? 0n;
    let chosen: { executed: bigint; out: string; ben: string; sat: string; score: string } | null = null;
    for (let attempt = 0; attempt < 500 && !chosen; attempt++) {
      let executed = atRate(p.budget, rnd.between(...band.exec));
      if (executed < floor) executed = floor;
      const input = {
        budget: y(p.budget),
        executed: y(executed),
        outputCompletion: rnd.decimal(...band.out),
        benefitCompletion: rnd.decimal(...band.ben),
        satisfactionCompletion: rnd.decimal(...band.sat),
      };
      const { score } = selfEvaluationScore(input, RULES.evaluation);
      const g = finalGrade(
        { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
        { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
      );
      if (!natural ? g.grade === 'GOOD' || g.grade === 'EXCELLENT' : g.grade === want) {
        chosen = {
          executed,
          out: input.outputCompletion,
          ben: input.benefitCompletion,
          sat: input.satisfactionCompletion,
          score,
        };
      }
    }
    if (!chosen) throw new Error(`demo: no self-evaluation inputs found for ${p.code}`);
    const facts = {
      score: chosen.score,
      auditFindings: audit.includes(p),
      majorMisuse: misuse.includes(p),
      failedCheckpointsUnrectified: redUnrectified.has(p.id) ? RULES.monitoring.failuresForRed : 0,
      authenticityFailed: p === veto,
    };
    const g = finalGrade(facts, { evaluation: RULES.evaluation, monitoring: RULES.monitoring });
    const evaluatedOn = `2023-03-${String(rnd.int(6, 20)).padStart(2, '0')}`;
    const evaluationId = add('evaluation', {
      year: 2022,
      kind: 'SELF',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(chosen.executed),
      output_completion: chosen.out,
      benefit_completion: chosen.ben,
      satisfaction_completion: chosen.sat,
      score: chosen.score,
      expert_score: null,
      audit_findings: facts.auditFindings,
      major_misuse: facts.majorMisuse,
      failed_checkpoints_unrectified: facts.failedCheckpointsUnrectified,
      authenticity_failed: sample.has(p.code) ? facts.authenticityFailed : null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}绩效自评表.xlsx`,
      evaluated_on: evaluatedOn,
      // Passed upward by the family's fund-owning section, then confirmed by the performance section.
      fund_reviewed_on: fundReviewed(p) ? evaluatedOn : null,
      confirmed_on: '2023-03-31',
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
    grades22.set(p.id, { grade: g.grade, evaluationId });
  }

  // The authenticity sample of the 2022 self-evaluations, recorded with its seed (anyone can redraw it).
  const sampleId = add('authenticity_sample', {
    region_id: countyId,
    year: 2022,
    seed: authenticitySeed,
    population: selfIds.length,
    drawn_by_user_id: pesUserId,
  });
  drawn.forEach((code, i) => {
    const p = byCode.get(code)!;
    add('authenticity_check', {
      sample_id: sampleId,
      evaluation_id: grades22.get(p.id)!.evaluationId,
      position: i + 1,
      result: p === veto ? 'FAILED' : 'PASSED',
      note: p === veto ? '自评材料与实际不符，一票否决' : '核查属实',
      checked_on: `2023-06-${String(10 + (i % 10)).padStart(2, '0')}`,
      version: 1,
    });
  });

  // Result application: 中 and 差 are notified and cut from the budget arranged after the evaluation (2024).
  for (const p of p2022) {
    const { grade, evaluationId } = grades22.get(p.id)!;
    if (grade !== 'MEDIUM' && grade !== 'POOR') continue;
    const cut = proposedCut({ grade, baseBudget: y(p.budget) }, RULES.resultApplication);
    const adjusted = p.unit.sector === 'civil' || p.unit.sector === 'social';
    const accepted = adjusted ? (p.budget * 5n) / 100n : BigInt(cut.cut.replace('.', ''));
    add('result_application', {
      evaluation_id: evaluationId,
      project_id: p.id,
      target_year: 2024,
      grade,
      base_budget: y(p.budget),
      cut_share: (cut.share!.numerator / cut.share!.denominator).toFixed(4),
      proposed_cut: cut.cut,
      accepted_cut: y(accepted),
      status: adjusted ? 'ADJUSTED' : 'ACCEPTED',
      reason: adjusted ? '民生保障刚性支出，按5%压减' : '按规则压减',
      notified: true,
      version: 1,
    });
  }

  // Department evaluations: per unit enough projects to cover ≥ 20% of its project budget, 90 in all.
  const excluded = new Set([...redUnrectified, ...audit.map((p) => p.id), veto.id, ...misuse.map((p) => p.id)]);
  const deptPicks: PlannedProject[] = [];
  const spare: PlannedProject[] = [];
  for (const u of units) {
    const mine = p2022.filter((p) => p.unit.id === u.id);
    const candidates = mine.filter((p) => !excluded.has(p.id)).sort((a, b) => (b.budget > a.budget ? 1 : -1));
    const picked: PlannedProject[] = [];
    for (const c of candidates) {
      const cov = departmentEvaluationCoverage(
        { unitProjectBudgets: mine.map((p) => y(p.budget)), selectedBudgets: picked.map((p) => y(p.budget)) },
        RULES.departmentEvaluation,
      );
      if (cov.meets && picked.length > 0) break;
      picked.push(c);
    }
    deptPicks.push(...picked);
    spare.push(...candidates.filter((c) => !picked.includes(c)));
  }
  deptPicks.push(...rnd.shuffle(spare).slice(0, t22.departmentEvaluations - deptPicks.length));
  if (deptPicks.length !== t22.departmentEvaluations)
    throw new Error(`demo: ${deptPicks.length} department evaluations`);
  const notExcellent = new Set(
    rnd
      .shuffle(deptPicks)
      .slice(0, t22.departmentEvaluations - t22.departmentExcellent)
      .map((p) => p.id),
  );
  let nonExcellentIdx = 0;
  for (const p of deptPicks) {
    const score = notExcellent.has(p.id)
      ? nonExcellentIdx++ < 6
        ? rnd.decimal(81, 89.5)
        : rnd.decimal(70, 79)
      : rnd.decimal(90.5, 98);
    const g = finalGrade(
      { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    add('evaluation', {
      year: 2022,
      kind: 'DEPARTMENT',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(augExec22.get(p.id) ?? p.budget),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score,
      expert_score: null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}部门评价报告.pdf`,
      evaluated_on: `2023-04-${String(rnd.int(8, 20)).padStart(2, '0')}`,
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
  }

  // Key evaluations by agencies: 10 projects, 5,532.6 万, 17 findings; the expert panel fixes three scores.
  const FINDINGS: [string, string, string][] = [
    ['目标管理', '绩效目标设置不够细化，部分指标无法量化考核', '按照指标体系细化量化产出和效益指标'],
    ['资金管理', '资金支付进度滞后于项目实施进度', '建立用款计划台账，按月调度支付进度'],
    ['项目管理', '政府采购程序执行不规范，部分合同签订滞后', '严格执行政府采购制度，规范合同管理'],
    ['项目管理', '项目档案资料不完整，过程资料缺失', '建立项目全过程档案管理制度'],
    ['资金管理', '部分资金未按规定用途使用', '收回违规资金，追究相关责任'],
    ['效益评价', '满意度调查样本量不足，结果代表性不强', '扩大调查样本，引入第三方开展调查'],
    ['项目管理', '项目竣工验收不及时', '督促施工单位按期组织竣工验收'],
    ['财务管理', '会计核算不规范，未实行专账核算', '按项目单独设账核算'],
    ['自评质量', '绩效自评结果偏高，与实际完成情况不符', '如实开展绩效自评，加强自评复核'],
    ['资产管理', '形成的资产未及时登记入账', '及时办理资产登记，纳入资产管理'],
    ['资金管理', '配套资金未及时足额到位', '统筹落实配套资金'],
    ['长效机制', '后续运维管理机制不健全', '明确运维主体，落实运维经费'],
  ];
  const keyAgencies = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4];
  const keyScores = ['93.50', '91.20', '88.60', '86.00', '84.30', '90.80', '79.50', '87.70', '92.40', '76.80'];
  const expert = new Map<number, string>([
    [2, '89.10'],
    [6, '78.00'],
    [9, '75.50'],
  ]);
  let findingIdx = 0;
  keyEvalProjects.forEach((p, i) => {
    const finalScore = expert.get(i) ?? keyScores[i]!;
    const g = finalGrade(
      {
        score: finalScore,
        auditFindings: false,
        majorMisuse: false,
        failedCheckpointsUnrectified: 0,
        authenticityFailed: false,
      },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    const evaluationId = add('evaluation', {
      year: 2022,
      kind: 'KEY',
      project_id: p.id,
      unit_id: p.unit.id,
      agency_id: agencies[keyAgencies[i]!]!.id,
      status: 'FINAL',
      budget: y(p.budget),
      executed: y(augExec22.get(p.id) ?? p.budget),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score: keyScores[i],
      expert_score: expert.get(i) ?? null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${p.name}重点绩效评价报告.pdf`,
      evaluated_on: `2023-07-${String(rnd.int(3, 18)).padStart(2, '0')}`,
      version: 1,
      published_on: p.unit.classified ? null : '2023-08-15',
    });
    for (let f = 0; f < t22.keyFindings[i]!; f++) {
      const [category, text, suggestion] = FINDINGS[findingIdx++ % FINDINGS.length]!;
      add('evaluation_finding', { evaluation_id: evaluationId, category, text, suggestion, upheld: true });
    }
  });

  // Unit-wide evaluations: every unit but the classified ones; one graded 良.
  const openUnits = units.filter((u) => !u.classified);
  const goodUnit = rnd.pick(openUnits).id;
  for (const u of openUnits) {
    const mine = p2022.filter((p) => p.unit.id === u.id);
    const budget = mine.reduce((a, p) => a + p.budget, 0n);
    const executed = mine.reduce((a, p) => a + (augExec22.get(p.id) ?? 0n), 0n);
    const score = u.id === goodUnit ? rnd.decimal(85, 89.5) : rnd.decimal(90.5, 97.5);
    const g = finalGrade(
      { score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: 0, authenticityFailed: false },
      { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
    );
    add('evaluation', {
      year: 2022,
      kind: 'UNIT_WIDE',
      project_id: null,
      unit_id: u.id,
      agency_id: null,
      status: 'FINAL',
      budget: y(budget),
      executed: y(executed),
      output_completion: null,
      benefit_completion: null,
      satisfaction_completion: null,
      score,
      expert_score: null,
      audit_findings: false,
      major_misuse: false,
      failed_checkpoints_unrectified: 0,
      authenticity_failed: null,
      uncapped_grade: g.uncappedGrade,
      grade: g.grade,
      caps: JSON.stringify(g.caps),
      report_name: `${u.name}2022年度部门整体支出绩效自评报告.pdf`,
      evaluated_on: '2023-04-18',
      version: 1,
      published_on: '2023-08-15',
    });
  }

  // --- Agencies' ratings and training ---------------------------------------------------------------
  const COMPONENTS: Record<number, [number, number, number, number][]> = {
    2022: [
      [93, 90, 91, 95],
      [86, 88, 85, 90],
      [84, 80, 82, 85],
      [76, 74, 72, 80],
      [72, 66, 70, 74],
      [65, 58, 60, 66],
    ],
    2023: [
      [95, 93, 92, 96],
      [88, 91, 90, 94],
      [85, 82, 80, 86],
      [80, 78, 75, 82],
      [70, 68, 72, 75],
      [60, 52, 55, 62],
    ],
  };
  for (const [year, comps] of Object.entries(COMPONENTS)) {
    comps.forEach(([quantity, quality, effect, satisfaction], i) => {
      const r = agencyRating({ quantity, quality, effect, satisfaction }, RULES.agencyRating);
      add('agency_rating', {
        agency_id: agencies[i]!.id,
        year: Number(year),
        quantity: `${quantity}.00`,
        quality: `${quality}.00`,
        effect: `${effect}.00`,
        satisfaction: `${satisfaction}.00`,
        score: r.score,
        rating: r.rating,
        published: true,
        version: 1,
      });
    });
  }
  const TRAINING = [
    '预算绩效管理政策解读',
    '绩效目标编制实务',
    '事前绩效评估操作培训',
    '绩效运行监控培训',
    '项目支出绩效自评培训',
    '部门整体绩效评价培训',
    '第三方机构执业规范培训',
  ];
  t23.training.forEach((attendance, i) => {
    add('training_session', {
      region_id: countyId,
      year: 2023,
      held_on: `2023-${String(2 + i).padStart(2, '0')}-1${i % 9}`,
      title: TRAINING[i],
      attendance,
      agency_id: agencies[i % 4]!.id,
    });
  });

  if (live) liveYears(m23.open);

  for (let year = 2023; year <= Math.max(2024, liveYear); year++) {
    for (const d of defaultCalendar(year)) {
      add('calendar_deadline', {
        region_id: countyId,
        year,
        due_on: d.dueOn,
        kind: d.kind,
        title_zh: d.titleZh,
        title_en: d.titleEn,
        roles: JSON.stringify(d.roles),
      });
    }
  }

  /**
   * The years after 2023 on a today after 2024: 2024's projects budgeted after May, the years up to today's
   * with their projects, monitored at every checkpoint the calendar has passed; today's year in progress.
   * 2023's flags still open after its August checkpoint are rectified in the spring after.
   */
  function liveYears(open2023: Map<number, { id: number; level: string; row: Row }>) {
    rnd = new Random('jixiao-demo-county-尉犁县-live');
    transferBatch = '（第二批）';
    const added = new Map<number, PlannedProject[]>();
    added.set(2024, planBatch(2024, 64, 126_412_530_00n, 'afterMay'));
    for (let year = 2025; year <= liveYear; year++) {
      const k = BigInt(year - 2024);
      const n = year - 2024;
      const afterMay = year < liveYear || today >= `${year}-07-01`;
      added.set(year, [
        ...planBatch(year, 100 + 2 * n, 402_650_380_00n + k * 21_384_517_36n, 'annual'),
        ...planBatch(year, 18 + n, 61_204_775_00n + k * 3_118_402_55n, 'beforeMay'),
        ...(afterMay ? planBatch(year, 72 + 3 * n, 152_530_118_40n + k * 9_204_331_17n, 'afterMay') : []),
      ]);
    }
    for (const list of added.values()) {
      // Nothing is budgeted after today.
      for (const p of list) if (p.budgetedOn > today) p.budgetedOn = today;
      const sorted = [...list].sort((a, b) => (b.budget > a.budget ? 1 : b.budget < a.budget ? -1 : 0));
      for (const p of sorted.slice(0, Math.round(list.length / 10))) p.isKey = true;
      for (const p of list) planIndicators(p);
      for (const p of list) unitOfProject.set(p.id, p.unit.id);
    }
    writeTransferPayments();
    for (const list of added.values()) writeProjects(list);
    p2024.push(...added.get(2024)!);
    added.set(2024, p2024);

    const monitored = new Map<number, Map<number, bigint>>();
    for (const [year, list] of added) {
      const inMay = list.filter((p) => p.budgetedOn <= `${year}-05-31`).length;
      let yellow = 0;
      const m = monitorYear(year, list, {
        mayFailures: Math.round(inMay * 0.2),
        mayIndicatorFailures: 5,
        augEscalated: 3,
        augFirstYellow: 14,
        augIndicatorFailures: 3,
        closeAfterMay: 'allButEscalated',
        // A past year's flags are all rectified by its end; today's year keeps some open (live work).
        closeAfterAug: (level) =>
          year < liveYear
            ? level === 'RED'
              ? `${year}-11-25`
              : `${year}-10-20`
            : level === 'YELLOW' && yellow++ % 3 === 0
              ? `${year}-10-20`
              : null,
      });
      if (m) monitored.set(year, new Map(m.augOutcomes.map((o) => [o.projectId, o.executed])));
    }

    // Each complete year's projects are self-evaluated by 20 March of the year after; 中 and 差 are cut from the
    // budget arranged in the autumn after: decided for the years already budgeted, proposed for the one in preparation.
    for (const [year, list] of added) {
      if (year >= liveYear || today < `${year + 1}-04-01`) continue;
      selfEvaluations(year, list, monitored.get(year) ?? new Map(), year + 2 > liveYear ? 'PROPOSED' : 'ACCEPTED');
    }

    if (preparing) nextYearTargets(liveYear + 1);

    // 2023's flags left open at its August checkpoint: rectified in the spring of 2024 (after the self-evaluation).
    let i = 0;
    for (const flag of open2023.values()) {
      const plannedOn = `2024-03-${String(4 + (i % 20)).padStart(2, '0')}`;
      const closedOn = `2024-04-${String(8 + (i % 20)).padStart(2, '0')}`;
      i++;
      flag.row.rectification_plan = '按监控意见调整实施计划，加快资金拨付和项目建设进度。';
      flag.row.evidence = '整改报告、资金支付凭证及验收资料';
      flag.row.status = 'CLOSED';
      flag.row.closed_on = closedOn;
      flag.row.closed_by_user_id = pesUserId;
      const unitUser = unitUserId.get(projectUnit(flag.row.project_id as number)) ?? null;
      add('flag_event', {
        flag_id: flag.id,
        kind: 'PLAN_SET',
        level: flag.level,
        checkpoint_id: null,
        occurred_on: plannedOn,
        user_id: unitUser,
        note: '提交整改方案',
      });
      add('flag_event', {
        flag_id: flag.id,
        kind: 'CLOSED',
        level: flag.level,
        checkpoint_id: null,
        occurred_on: closedOn,
        user_id: pesUserId,
        note: '整改到位，予以销号',
      });
    }
  }

  function selfEvaluations(
    year: number,
    list: PlannedProject[],
    augExec: Map<number, bigint>,
    cuts: 'PROPOSED' | 'ACCEPTED',
  ) {
    const order = rnd.shuffle(list);
    const want = new Map<number, Grade>(
      order.map((p, i) => [
        p.id,
        i < list.length * 0.05
          ? 'MEDIUM'
          : i < list.length * 0.08
            ? 'POOR'
            : i < list.length * 0.4
              ? 'GOOD'
              : 'EXCELLENT',
      ]),
    );
    for (const p of list) {
      const grade = want.get(p.id)!;
      const band = BANDS[grade];
      const floor = augExec.get(p.id) ?? 0n;
      let chosen: { executed: bigint; out: string; ben: string; sat: string; score: string; grade: Grade } | null =
        null;
      for (let attempt = 0; attempt < 500 && !chosen; attempt++) {
        let executed = atRate(p.budget, rnd.between(...band.exec));
        if (executed < floor) executed = floor;
        const input = {
          budget: y(p.budget),
          executed: y(executed),
          outputCompletion: rnd.decimal(...band.out),
          benefitCompletion: rnd.decimal(...band.ben),
          satisfactionCompletion: rnd.decimal(...band.sat),
        };
        const { score } = selfEvaluationScore(input, RULES.evaluation);
        const g = finalGrade(
          {
            score,
            auditFindings: false,
            majorMisuse: false,
            failedCheckpointsUnrectified: 0,
            authenticityFailed: false,
          },
          { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
        );
        if (g.grade === grade || attempt === 499) {
          chosen = {
            executed,
            out: input.outputCompletion,
            ben: input.benefitCompletion,
            sat: input.satisfactionCompletion,
            score,
            grade: g.grade,
          };
        }
      }
      const g = finalGrade(
        {
          score: chosen!.score,
          auditFindings: false,
          majorMisuse: false,
          failedCheckpointsUnrectified: 0,
          authenticityFailed: false,
        },
        { evaluation: RULES.evaluation, monitoring: RULES.monitoring },
      );
      const evaluationId = add('evaluation', {
        year,
        kind: 'SELF',
        project_id: p.id,
        unit_id: p.unit.id,
        agency_id: null,
        status: 'FINAL',
        budget: y(p.budget),
        executed: y(chosen!.executed),
        output_completion: chosen!.out,
        benefit_completion: chosen!.ben,
        satisfaction_completion: chosen!.sat,
        score: chosen!.score,
        expert_score: null,
        audit_findings: false,
        major_misuse: false,
        failed_checkpoints_unrectified: 0,
        authenticity_failed: null,
        uncapped_grade: g.uncappedGrade,
        grade: g.grade,
        caps: JSON.stringify(g.caps),
        report_name: `${p.name}绩效自评表.xlsx`,
        evaluated_on: `${year + 1}-03-${String(rnd.int(6, 20)).padStart(2, '0')}`,
        version: 1,
        published_on: p.unit.classified || today < `${year + 1}-08-15` ? null : `${year + 1}-08-15`,
      });
      if (g.grade !== 'MEDIUM' && g.grade !== 'POOR') continue;
      const cut = proposedCut({ grade: g.grade, baseBudget: y(p.budget) }, RULES.resultApplication);
      add('result_application', {
        evaluation_id: evaluationId,
        project_id: p.id,
        target_year: year + 2,
        grade: g.grade,
        base_budget: y(p.budget),
        cut_share: (cut.share!.numerator / cut.share!.denominator).toFixed(4),
        proposed_cut: cut.cut,
        accepted_cut: cuts === 'ACCEPTED' ? cut.cut : null,
        status: cuts,
        reason: cuts === 'ACCEPTED' ? '按规则压减' : '',
        notified: true,
        version: 1,
      });
    }
  }

  /**
   * Budget preparation for next year (from mid-October): every unit has drafted its projects' targets; some are
   * submitted, first-reviewed by the business section or approved, some returned; the new projects' ex-ante
   * assessments are on their way, a few with an agency. Budgeted on 1 January, nothing is monitored yet.
   */
  function nextYearTargets(year: number) {
    const list = planBatch(year, 120, 452_318_904_00n, 'annual', [], 1);
    const firstOfUnit = new Set<number>();
    for (const p of list) {
      p.budgetedOn = `${year}-01-01`;
      if (rnd.next() < 0.12) p.kind = 'NEW';
      planIndicators(p);
      unitOfProject.set(p.id, p.unit.id);
    }
    writeTransferPayments();
    const seen = new Set<number>();
    for (const p of list) {
      if (seen.has(p.unit.id)) continue;
      seen.add(p.unit.id);
      firstOfUnit.add(p.id);
    }
    const notAfterToday = (d: string) => (d > today ? today : d);
    const submittedOn = (p: PlannedProject) => notAfterToday(`${year - 1}-10-${String(16 + (p.id % 10))}`);
    const statusOf = new Map<number, string>();
    const fundPending = new Set<number>();
    for (const p of list) {
      // The first project of each unit is still a draft: every unit has targets to finish.
      const r = rnd.next();
      statusOf.set(
        p.id,
        firstOfUnit.has(p.id)
          ? 'DRAFT'
          : r < 0.3
            ? 'SUBMITTED'
            : r < 0.7
              ? 'FIRST_REVIEWED'
              : r < 0.78
                ? 'RETURNED'
                : r < 0.9
                  ? 'APPROVED'
                  : 'DRAFT',
      );
    }
    // Every fund-owning section has a family's targets waiting for its review, every business section a unit's
    // targets to review first, every agency an assessment.
    const spare = rnd.shuffle(list.filter((p) => !firstOfUnit.has(p.id) && !p.unit.classified && !p.transferPaymentId));
    const agencyOf = new Map<number, (typeof agencies)[number]>();
    for (const family of ownedFamilies) {
      const p = spare.find((q) => q.fundFamily === family) ?? spare.find((q) => q.fundFamily === 'GENERAL_PUBLIC')!;
      spare.splice(spare.indexOf(p), 1);
      p.fundFamily = family;
      statusOf.set(p.id, 'FIRST_REVIEWED');
      fundPending.add(p.id);
    }
    for (const section of SECTIONS.filter((x) => x.kind === 'BUSINESS')) {
      const p = spare.find((q) => q.unit.section === section.code);
      if (!p) continue;
      spare.splice(spare.indexOf(p), 1);
      statusOf.set(p.id, 'SUBMITTED');
    }
    for (const a of agencies) {
      const p = spare.shift()!;
      p.kind = 'NEW';
      statusOf.set(p.id, 'FIRST_REVIEWED');
      agencyOf.set(p.id, a);
    }
    for (const p of list) {
      const status = statusOf.get(p.id)!;
      const on = submittedOn(p);
      add('project', {
        id: p.id,
        region_id: countyId,
        year,
        unit_id: p.unit.id,
        fund_family: p.fundFamily,
        code: p.code,
        name: p.name,
        budget: y(p.budget),
        kind: p.kind,
        is_key: p.isKey,
        in_annual_budget: true,
        budgeted_on: p.budgetedOn,
        purchase_of_services: p.purchaseOfServices,
        transfer_payment_id: p.transferPaymentId,
        target_status: status,
        // Half the fund-owned ones first-reviewed are through the fund section's review, the rest wait for it.
        targets_fund_reviewed_on:
          fundReviewed(p) && (status === 'APPROVED' || (status === 'FIRST_REVIEWED' && !fundPending.has(p.id)))
            ? on
            : null,
        version: 1,
        targets_published_on: null,
      });
      for (const ind of p.indicators) {
        add('project_indicator', {
          id: ind.id,
          project_id: p.id,
          template_id: ind.template?.id ?? null,
          level1: ind.level1,
          level2: ind.level2,
          name: ind.name,
          comparator: ind.comparator,
          target_value: ind.target,
          target_text: ind.targetText,
          unit_of_measure: ind.unitOfMeasure,
          weight: ind.weight,
          is_key: ind.isKey,
          transfer_indicator_id: ind.transferIndicatorId,
        });
      }
      const review = (stage: string, outcome: string, comment: string) =>
        add('target_review', {
          year,
          subject: 'PROJECT',
          project_id: p.id,
          unit_id: p.unit.id,
          stage,
          outcome,
          issue_count: outcome === 'RETURNED' ? 2 : 0,
          score:
            stage === 'PERFORMANCE'
              ? rnd.decimal(outcome === 'RETURNED' ? 60 : 80, outcome === 'RETURNED' ? 75 : 96)
              : null,
          comment,
          reviewer_user_id: stage === 'PERFORMANCE' ? pesUserId : null,
          reviewed_on: notAfterToday(laterOf(on, `${year - 1}-10-28`)),
        });
      if (['FIRST_REVIEWED', 'RETURNED', 'APPROVED'].includes(status)) review('BUSINESS_FIRST', 'APPROVED', '初审通过');
      if (status === 'RETURNED')
        review('PERFORMANCE', 'RETURNED', '退回修改：部分指标无具体数值；指标值偏低、易于完成');
      if (status === 'APPROVED') review('PERFORMANCE', 'APPROVED', '审核通过');
      if (p.kind === 'NEW' && status !== 'DRAFT') {
        // A new project's ex-ante assessment goes with its targets; the larger ones go to an agency.
        const agency = agencyOf.get(p.id) ?? null;
        add('ex_ante_assessment', {
          project_id: p.id,
          necessity: '项目符合县委县政府年度重点工作部署，群众需求迫切。',
          feasibility: '实施方案已编制，场地与人员正在落实。',
          target_reasonableness: '绩效目标与资金规模基本匹配，指标可衡量。',
          funding_plan: `申请县级财政资金${y(p.budget)}元，${year}年安排。`,
          attachment_names: JSON.stringify(['事前绩效评估报告.pdf', '项目实施方案.docx']),
          section_opinion: status === 'SUBMITTED' ? null : '经初审，项目必要性充分，同意报送绩效科审核。',
          pes_score: status === 'APPROVED' ? rnd.decimal(80, 92) : null,
          conclusion: status === 'APPROVED' ? 'SUPPORT' : null,
          agency_id: agency?.id ?? null,
          agency_conclusion: null,
          agency_sent_on: agency ? notAfterToday(laterOf(on, `${year - 1}-10-28`)) : null,
          status:
            status === 'SUBMITTED'
              ? 'SUBMITTED'
              : status === 'APPROVED'
                ? 'CONCLUDED'
                : agency
                  ? 'AGENCY_REVIEW'
                  : 'FIRST_REVIEWED',
          submitted_on: on,
          concluded_on: status === 'APPROVED' ? notAfterToday(laterOf(on, `${year - 1}-11-10`)) : null,
          version: 1,
        });
      }
    }
  }

  return rows;
}
