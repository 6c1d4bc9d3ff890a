import type { FundFamily } from '@jixiao/schema/enums';
import { PROJECT_STEMS, SECTOR_LIBRARY_GROUP, type DemoUnit, type Sector } from './county-actors.js';
import type { LibraryIndicator } from './indicator-library.js';
import { splitExactly } from './random.js';
import { FIRST_LIVE_YEAR, type DemoCounty, type DemoUnitRow, type PlannedProject } from './demo-context.js';

// Planning the projects of a year: units, fund families, names, budgets that add up exactly, transfer payments
// and targets drawn from the library. Nothing is written here (see project-rows.ts).

export function familyFor(county: DemoCounty, sector: Sector): FundFamily {
  const r = county.rnd.next();
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
export function unitsFor(county: DemoCounty, n: number, min: number): DemoUnitRow[] {
  const out: DemoUnitRow[] = [];
  for (const u of county.units) for (let i = 0; i < min; i++) out.push(u);
  const weights = county.units.map((u) => SECTOR_WEIGHT[u.sector] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  while (out.length < n) {
    let r = county.rnd.next() * total;
    let i = 0;
    while (r > weights[i]!) r -= weights[i++]!;
    out.push(county.units[i]!);
  }
  return county.rnd.shuffle(out);
}

export function projectName(county: DemoCounty, year: number, u: DemoUnit): string {
  const stems = PROJECT_STEMS[u.sector];
  const place = u.sector === 'town' ? u.name.replace('人民政府', '') : '';
  for (let attempt = 0; ; attempt++) {
    const stem = county.rnd.pick(stems);
    const suffix =
      attempt < 6 ? '' : ['（一期）', '（二期）', '（三期）', '（续建）', '（第二批）', '（提升）'][attempt % 6];
    const name = `${year}年${place}${stem}${suffix}`;
    const key = `${u.slug}|${name}`;
    if (!county.usedNames.has(key)) {
      county.usedNames.add(key);
      return name;
    }
  }
}

/**
 * A May flag is raised on 18 June and its plan set on the 25th: a closing drawn in June before that moves
 * to the same day of July (still before the August checkpoint, so the figures stay those of the report).
 */
export function afterPlan(date: string): string {
  const [yy, mm, dd] = date.split('-');
  return mm === '06' && Number(dd) <= 25 ? `${yy}-07-${dd}` : date;
}

export function dateIn(county: DemoCounty, year: number, fromMonth: number, toMonth: number): string {
  const month = county.rnd.int(fromMonth, toMonth);
  const day = county.rnd.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Creates a batch of projects whose budgets add up to `fen` exactly. */
export function planBatch(
  county: DemoCounty,
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
  const batchUnits = unitsFor(county, count, minPerUnit);
  const families = batchUnits.map((u, i) => fixed[i]?.family ?? familyFor(county, u.sector));
  const freeIdx = batchUnits.map((_, i) => i).filter((i) => !fixed[i]);
  const fixedTotal = fixed.reduce((a, f) => a + f.budget, 0n);
  const weights = freeIdx.map((i) => county.rnd.logNormal(0.85) * FAMILY_SIZE[families[i]!]);
  const free = splitExactly(fen - fixedTotal, weights, 1000n);
  const budgets = batchUnits.map((_, i) => fixed[i]?.budget ?? free[freeIdx.indexOf(i)]!);
  return batchUnits.map((u, i) => {
    const seq = (county.seqByUnitYear.get(`${u.id}|${year}`) ?? 0) + 1;
    county.seqByUnitYear.set(`${u.id}|${year}`, seq);
    const family = families[i]!;
    const p: PlannedProject = {
      id: county.nextId('project'),
      year,
      unit: u,
      fundFamily: family,
      name: projectName(county, year, u),
      code: `${year}-${u.slug}-${String(seq).padStart(3, '0')}`,
      budget: budgets[i]!,
      kind: fixed[i]?.kind ?? (county.rnd.next() < 0.72 ? 'RECURRING' : 'ONE_OFF'),
      isKey: fixed[i]?.isKey ?? false,
      inAnnualBudget: when === 'annual',
      budgetedOn:
        when === 'annual'
          ? `${year}-01-${String(county.rnd.int(10, 25)).padStart(2, '0')}`
          : when === 'beforeMay'
            ? dateIn(county, year, 2, 5)
            : dateIn(county, year, 6, 8),
      purchaseOfServices: fixed[i]?.purchase ?? (family === 'GENERAL_PUBLIC' && county.rnd.next() < 0.1),
      transferPaymentId: null,
      indicators: [],
    };
    if (family === 'TRANSFER_PAYMENT') linkTransferPayment(county, p);
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

export function linkTransferPayment(county: DemoCounty, p: PlannedProject) {
  const name = `${TRANSFER_NAMES[p.unit.sector] ?? '均衡性转移支付'}${p.year <= FIRST_LIVE_YEAR ? county.transferBatch : ''}`;
  const key = `${p.year}|${name}`;
  let tp = county.transferPayments.get(key);
  if (!tp) {
    const id = county.nextId('transfer_payment');
    tp = { id, indicatorId: county.nextId('transfer_payment_indicator'), projects: [], name, year: p.year };
    county.transferPayments.set(key, tp);
  }
  tp.projects.push(p);
  p.transferPaymentId = tp.id;
}

/** Targets from the library: outputs (60 incl. cost), benefits (30), satisfaction (10); weights add up to 100. */
const countLike = (t: LibraryIndicator) => t.quantitative && t.comparator === 'GE' && t.unit !== '%' && t.unit !== '分';
export function planIndicators(county: DemoCounty, p: PlannedProject) {
  const group = SECTOR_LIBRARY_GROUP[p.unit.sector];
  const lib = county.templatesByGroup.get(group)!;
  const byLevel = (l: string) => {
    const key = `${group}|${l}`;
    let of = county.levelCache.get(key);
    if (!of) county.levelCache.set(key, (of = lib.filter((t) => t.level1 === l)));
    return county.rnd.shuffle(of);
  };
  const outputs = byLevel('OUTPUT');
  const keyFirst = [...outputs.filter(countLike).slice(0, 1), ...outputs.filter((t) => !countLike(t))].slice(
    0,
    county.rnd.int(2, 3),
  );
  const costs = byLevel('COST').slice(0, county.rnd.next() < 0.4 ? 1 : 0);
  const benefits = byLevel('BENEFIT').slice(0, county.rnd.int(1, 2));
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
    const scale = countLike(t) ? [0.6, 0.8, 1, 1.5, 2, 3][county.rnd.int(0, 5)]! : 1;
    const raw = t.quantitative ? Number(t.referenceValue) * scale : NaN;
    // Counts stay whole numbers; rates and amounts keep the library's precision.
    const ref = countLike(t) ? Math.max(1, Math.round(raw)) : raw;
    const target = t.quantitative ? (Number.isInteger(ref) ? String(ref) : ref.toFixed(2)) : null;
    return {
      id: county.nextId('project_indicator'),
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
