import { splitExactly } from './random.js';
import type { FirstYears } from './first-years.js';
import { DEMO_TARGETS, RULES, type DemoCounty, type PlannedProject } from './demo-context.js';
import { afterPlan, dateIn } from './project-plan.js';
import { checkpoint, keyIndicators, report, runFlags, stageOn, unitWideCheckpoint } from './monitoring.js';

export const ceilShare = (budget: bigint, share: { numerator: number; denominator: number }) =>
  (budget * BigInt(share.numerator) + BigInt(share.denominator) - 1n) / BigInt(share.denominator);
export const atRate = (budget: bigint, rate: number) => BigInt(Math.floor(Number(budget) * rate));

/** Distributes `total` over items in proportion to random weights × budget, within [0, cap_i]. */
export function distribute(county: DemoCounty, total: bigint, items: { budget: bigint; cap: bigint }[]): bigint[] {
  const out = items.map(() => 0n);
  let left = total;
  let active = items.map((_, i) => i);
  const w = items.map((it) => county.rnd.between(0.3, 1.7) * Number(it.budget));
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

export function monitorYear(
  county: DemoCounty,
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
  const may = checkpoint(county, year, 5, stageOn(county, year, 5));
  const aug = checkpoint(county, year, 8, stageOn(county, year, 8));
  unitWideCheckpoint(county, year, stageOn(county, year, RULES.monitoring.unitWideMonth));
  const mayStage = stageOn(county, year, 5);
  const augStage = stageOn(county, year, 8);
  if (mayStage === 'PLANNED') return null;
  const mayList = list.filter((p) => p.budgetedOn <= may.periodEnd);
  const share5 = may.share;
  const share8 = aug.share;

  // May: choose who fails; the passing ones run at or above 5/12, the failing below it.
  let failing: PlannedProject[] = [];
  let indicatorOnly: PlannedProject[] = [];
  let high: PlannedProject[] = [];
  for (let attempt = 0; attempt < 200; attempt++) {
    const shuffled = county.rnd.shuffle(mayList);
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
    const e = atRate(p.budget, county.rnd.between(0.42, 0.62));
    mayExec.set(p.id, e > floor ? e : floor);
  }
  const highTotal = [...mayExec.values()].reduce((a, b) => a + b, 0n);
  const lowTarget =
    spec.mayExecuted !== undefined
      ? spec.mayExecuted - highTotal
      : failing.reduce((a, p) => a + atRate(p.budget, county.rnd.between(0.08, 0.3)), 0n);
  const lowExec = distribute(
    county,
    lowTarget,
    failing.map((p) => ({ budget: p.budget, cap: ceilShare(p.budget, share5) - 1n })),
  );
  failing.forEach((p, i) => mayExec.set(p.id, lowExec[i]!));
  const mayOutcomes = report(
    county,
    may,
    mayList.map((p) => ({ project: p, executed: mayExec.get(p.id)!, indicatorFails: indicatorOnly.includes(p) })),
    mayStage === 'OPEN',
  );
  if (mayStage === 'OPEN') return null;
  const mayFailed = new Set(mayOutcomes.filter((o) => o.failed).map((o) => o.projectId));
  if (mayFailed.size !== spec.mayFailures) throw new Error(`demo: ${year}-05 has ${mayFailed.size} failures`);

  // August: a few May failures stay unrectified and fail again (red); some first-time failures (yellow).
  const escalate = county.rnd.shuffle(failing).slice(0, spec.augEscalated);
  const firstCandidates = county.rnd.shuffle(list.filter((p) => !mayFailed.has(p.id)));
  const firstWithKey = firstCandidates.filter((p) => keyIndicators(p).length > 0).slice(0, spec.augIndicatorFailures);
  const firstExec = firstCandidates
    .filter((p) => !firstWithKey.includes(p))
    .slice(0, spec.augFirstYellow - spec.augIndicatorFailures);
  const augExec = new Map<number, bigint>();
  for (const p of [...escalate, ...firstExec]) {
    const cap = ceilShare(p.budget, share8) - 1n;
    const prev = mayExec.get(p.id) ?? 0n;
    let e = atRate(p.budget, county.rnd.between(0.35, 0.6));
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
      : passing.reduce((a, p) => a + atRate(p.budget, county.rnd.between(0, 0.2)), 0n);
  const surplus = distribute(
    county,
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
          county,
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
  const open = runFlags(
    county,
    confirmed,
    [mayOutcomes, augOutcomes].slice(0, confirmed.length),
    (projectId, k, level) => {
      if (k === 0)
        return escalateIds.has(projectId)
          ? null
          : afterPlan(
              dateIn(county, year, 6, 8).replace(
                /-(\d\d)$/,
                (_m, d) => `-${String(Math.min(Number(d), 25)).padStart(2, '0')}`,
              ),
            );
      return spec.closeAfterAug(level);
    },
  );
  return { may, aug, mayOutcomes, augOutcomes, open, escalate };
}

export type MonitoredYear = NonNullable<ReturnType<typeof monitorYear>>;

/** 2022 and 2023 monitored to the report's figures; 2024 on the pinned today planned only. */
export function monitorFirstYears(county: DemoCounty, { p2022, p2023, keyEvalProjects }: FirstYears) {
  const t23 = DEMO_TARGETS.y2023;
  // 2022: 4 projects fail both checkpoints and are never rectified (they cap their self-evaluation).
  const m22 = monitorYear(county, 2022, p2022.filter((p) => !keyEvalProjects.includes(p)).concat(keyEvalProjects), {
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
  const m23 = monitorYear(county, 2023, p2023, {
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
  // today it is monitored with the years after it (live-years.ts), from their own seed.
  if (!county.live) {
    checkpoint(county, 2024, 5, 'PLANNED');
    checkpoint(county, 2024, 8, 'PLANNED');
    unitWideCheckpoint(county, 2024, 'PLANNED');
  }
  return { m22, m23 };
}
