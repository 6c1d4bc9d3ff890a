import { describe, expect, it } from 'vitest';
import { buildDemoCounty, PINNED_DEMO_TODAY, type Rows } from '../build-county.js';

// Issue 15 §2: the demo holds the year of its today in progress, its checkpoints as the calendar says, and
// 2023's figures of the report whatever the day. Pure: the rows the loader inserts.

const opts = { passwordHash: 'scrypt$x', biToken: { hash: 'h', prefix: 'p' } };
const build = (today: string) => buildDemoCounty({ ...opts, today });
const fen = (yuan: unknown) => BigInt(String(yuan).replace('.', ''));

function checkpointsOf(rows: Rows, year: number) {
  return Object.fromEntries(
    rows
      .monitoring_checkpoint!.filter((c) => c.year === year)
      .map((c) => [`${c.scope === 'PROJECT' ? c.month : 'unit-wide'}`, c.status]),
  );
}

/** Every business date of the rows that says something happened: none after today. */
function datesAfter(rows: Rows, today: string): string[] {
  const out: string[] = [];
  const check = (table: string, cols: string[]) => {
    for (const r of rows[table] ?? []) {
      for (const c of cols) {
        const d = r[c];
        if (typeof d === 'string' && d > today) out.push(`${table}#${String(r.id)}.${c}=${d}`);
      }
    }
  };
  // Next year's projects (budget preparation) enter their year on 1 January: only their other dates count.
  const year = Number(today.slice(0, 4));
  for (const p of rows.project ?? []) {
    if ((p.year as number) <= year && (p.budgeted_on as string) > today)
      out.push(`project#${String(p.id)}.budgeted_on`);
  }
  check('project', ['targets_published_on', 'targets_fund_reviewed_on']);
  check('ex_ante_assessment', ['submitted_on', 'concluded_on', 'agency_sent_on']);
  check('target_review', ['reviewed_on']);
  check('monitoring_report', ['submitted_on', 'confirmed_on', 'fund_reviewed_on']);
  check('flag', ['closed_on']);
  check('flag_event', ['occurred_on']);
  check('evaluation', ['evaluated_on', 'published_on']);
  return out;
}

describe('the demo on its today', () => {
  const days = [PINNED_DEMO_TODAY, '2025-06-05', '2025-07-15', '2026-09-12', '2026-12-06'];

  it.each(days)('on %s: the same rows on every load, nothing dated after today, 2023 as the report says', (today) => {
    const rows = build(today);
    expect(JSON.stringify(build(today))).toBe(JSON.stringify(rows));
    expect(datesAfter(rows, today)).toEqual([]);
    const p2023 = rows.project!.filter((p) => p.year === 2023);
    expect(p2023).toHaveLength(321);
    expect(p2023.reduce((a, p) => a + fen(p.budget), 0n)).toBe(645_037_526_18n);
    const year = Number(today.slice(0, 4));
    // From mid-October, next year's targets are in preparation.
    const last = today >= `${year}-10-15` && year > 2024 ? year + 1 : year;
    expect([...new Set(rows.project!.map((p) => p.year as number))].sort()).toEqual(
      Array.from({ length: last - 2021 }, (_, i) => 2022 + i),
    );
    expect(rows.rule_set!.map((r) => r.year)).toContain(year);
    expect(new Set(rows.calendar_deadline!.map((d) => d.year))).toContain(year);
  });

  it('keeps 2022–2024 as they were on the pinned day when today is 2024', () => {
    const rows = build(PINNED_DEMO_TODAY);
    expect(checkpointsOf(rows, 2024)).toEqual({ 5: 'PLANNED', 8: 'PLANNED', 'unit-wide': 'PLANNED' });
    expect(rows.project!.filter((p) => p.year === 2024)).toHaveLength(140);
  });

  it('on 2026-12-06: 2024 and 2025 complete, 2026 monitored in May and August, flags being rectified', () => {
    const rows = build('2026-12-06');
    for (const year of [2024, 2025, 2026]) {
      expect(checkpointsOf(rows, year)).toEqual({ 5: 'CONFIRMED', 8: 'CONFIRMED', 'unit-wide': 'CONFIRMED' });
    }
    const yearOf = new Map(rows.project!.map((p) => [p.id, p.year as number]));
    const open = rows.flag!.filter((f) => f.status === 'OPEN').map((f) => yearOf.get(f.project_id as number));
    // Only the year in progress has flags open; the years before are rectified.
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open)).toEqual(new Set([2026]));
    expect(rows.project!.filter((p) => p.year === 2026 && p.target_status === 'APPROVED').length).toBeGreaterThan(180);
  });

  it('on 2026-06-12: the May checkpoint open, reports coming in and some late; August planned', () => {
    const rows = build('2026-06-12');
    expect(checkpointsOf(rows, 2026)).toEqual({ 5: 'OPEN', 8: 'PLANNED', 'unit-wide': 'PLANNED' });
    const may = rows.monitoring_checkpoint!.find((c) => c.year === 2026 && c.month === 5 && c.scope === 'PROJECT')!;
    const reports = rows.monitoring_report!.filter((r) => r.checkpoint_id === may.id);
    const due = rows.project!.filter((p) => p.year === 2026 && (p.budgeted_on as string) <= '2026-05-31');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(due.length);
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['SUBMITTED']));
    // No flag of 2026 before its first checkpoint is confirmed.
    const yearOf = new Map(rows.project!.map((p) => [p.id, p.year as number]));
    expect(rows.flag!.filter((f) => yearOf.get(f.project_id as number) === 2026)).toEqual([]);
    // Nothing budgeted after May in a year whose June is not over.
    expect(rows.project!.filter((p) => p.year === 2026 && (p.budgeted_on as string) > '2026-05-31')).toEqual([]);
  });

  it('on 2026-09-12: May confirmed with its flags, August open', () => {
    const rows = build('2026-09-12');
    expect(checkpointsOf(rows, 2026)).toEqual({ 5: 'CONFIRMED', 8: 'OPEN', 'unit-wide': 'CONFIRMED' });
  });
});
