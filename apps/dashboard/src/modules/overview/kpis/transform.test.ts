import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../app/charts/chart-context';
import { LOADING, ready } from '../../../app/loadable';
import { AGENCIES, AUGUST_TOTAL, FLAGS, MAY_TOTAL, NO_REPORTS, SELF_2022, grades, totals } from '../test-fixtures';
import { KPI_NAMES, overviewKpis, type KpiModel, type OverviewKpiInput } from './transform';

const zh = testChartContext('zh');
const en = testChartContext('en');

const TARGETS = {
  projectCount: 321,
  budget: '645037526.18',
  annualBudgetProjectCount: 101,
  annualBudget: '364499999.99',
};

const INPUT: OverviewKpiInput = {
  year: 2023,
  shownYear: 2023,
  targets: ready(TARGETS),
  checkpoints: ready(totals(MAY_TOTAL, AUGUST_TOTAL)),
  flags: ready(FLAGS),
  selfEvaluation: ready(SELF_2022),
  agencies: ready(AGENCIES),
};

function byName(kpis: KpiModel[]): Record<string, KpiModel> {
  return Object.fromEntries(kpis.map((k) => [k.name, k]));
}

describe('overview KPIs', () => {
  it('come in a fixed order, one per test id', () => {
    expect(overviewKpis(INPUT, zh).map((k) => `kpi-${k.name}`)).toEqual([
      'kpi-projects',
      'kpi-budget',
      'kpi-executed',
      'kpi-execution-rate',
      'kpi-yellow',
      'kpi-red',
      'kpi-excellent-share',
      'kpi-agencies',
    ]);
    expect(KPI_NAMES).toHaveLength(8);
  });

  it.each([
    ['projects', '321 个', '其中年初预算项目 101 个', undefined, 'neutral'],
    ['budget', '6.45 亿元', '其中年初预算 3.64 亿元', '645,037,526.18 元', 'neutral'],
    ['executed', '4.66 亿元', '截至8月底 · 预算 6.45 亿元', '466,012,345.67 元', 'neutral'],
    [
      'execution-rate',
      '72.2%',
      '截至8月底 · 时序进度 66.7%',
      '466,012,345.67 元 ÷ 645,037,526.18 元 = 72.2458%',
      'good',
    ],
    ['yellow', '40', '截至8月底 · 本节点新增 18', undefined, 'warning'],
    ['red', '3', '截至8月底 · 本节点转红 3', undefined, 'danger'],
    ['excellent-share', '46.7%', '2022 年度自评 257 个项目', '120 / 257', 'good'],
    ['agencies', '3 家', 'A 1 · B 1 · C 1 · D 0', undefined, 'neutral'],
  ])('%s shows %s (%s)', (name, value, sub, exact, tone) => {
    const kpi = byName(overviewKpis(INPUT, zh))[name];
    expect(kpi).toMatchObject({ status: 'ready', value, sub, tone });
    expect(kpi.exact).toBe(exact);
  });

  it('says which projects are counted when the scope is narrowed', () => {
    const narrowed = { projectCount: 17, budget: '70233610.00', annualBudgetProjectCount: null, annualBudget: null };
    const kpis = byName(overviewKpis({ ...INPUT, shownYear: 2022, targets: ready(narrowed) }, zh));
    expect(kpis.projects).toMatchObject({ value: '17 个', sub: '2022 年度预算 · 筛选范围内' });
    expect(kpis.budget).toMatchObject({ value: '7,023.36 万元', sub: '2022 年度预算 · 筛选范围内' });
  });

  it('reads execution and flags at May when August has no reports yet', () => {
    const kpis = byName(overviewKpis({ ...INPUT, checkpoints: ready(totals(MAY_TOTAL, NO_REPORTS)) }, zh));
    expect(kpis['execution-rate']).toMatchObject({
      value: '28.4%',
      tone: 'warning',
      sub: '截至5月底 · 时序进度 41.7%',
    });
    expect(kpis.yellow).toMatchObject({ value: '69', sub: '截至5月底 · 本节点新增 69' });
    expect(kpis.red).toMatchObject({ value: '0', tone: 'good' });
  });

  it('says so when the year has no monitoring, no evaluations or no ratings', () => {
    const kpis = byName(
      overviewKpis(
        {
          ...INPUT,
          year: 2024,
          checkpoints: ready(totals(NO_REPORTS, NO_REPORTS)),
          selfEvaluation: ready(grades(0, '0', 0, [0, 0, 0, 0])),
          agencies: ready([]),
        },
        zh,
      ),
    );
    for (const name of ['executed', 'execution-rate', 'yellow', 'red']) {
      expect(kpis[name]).toMatchObject({ status: 'empty', statusText: '本年度暂无监控数据' });
    }
    expect(kpis['excellent-share']).toMatchObject({ status: 'empty', statusText: '暂无 2023 年度自评结果' });
    expect(kpis.agencies).toMatchObject({ status: 'empty', statusText: '本年度暂无机构评级' });
    expect(kpis.projects.status).toBe('ready');
  });

  it('shows a skeleton per tile while its query loads, and the error only on the tiles it feeds', () => {
    const loading = overviewKpis({ ...INPUT, targets: LOADING, checkpoints: LOADING }, zh);
    expect(loading.map((k) => k.status)).toEqual([
      'loading',
      'loading',
      'loading',
      'loading',
      'loading',
      'loading',
      'ready',
      'ready',
    ]);
    const failed = byName(overviewKpis({ ...INPUT, flags: { status: 'error', message: '服务器内部错误' } }, zh));
    expect(failed.yellow).toMatchObject({ status: 'error', statusText: '加载失败：服务器内部错误' });
    expect(failed.red.status).toBe('error');
    expect(failed.executed.status).toBe('ready');
  });

  it('speaks English with English money units', () => {
    const kpis = byName(overviewKpis(INPUT, en));
    expect(kpis.budget).toMatchObject({ label: 'Budget covered', value: '¥645.04M', exact: '¥645,037,526.18' });
    expect(kpis.executed.sub).toBe('to the end of August · budget ¥645.04M');
    expect(kpis.projects.value).toBe('321');
  });
});
