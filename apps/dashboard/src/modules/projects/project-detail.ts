import {
  COMPARATOR_SYMBOLS,
  INDICATOR_LEVEL1_LABELS,
  type Comparator,
  type IndicatorLevel1,
} from '@jixiao/schema/enums';
import type { IndicatorVerdict, ProjectDetailQuery } from '../../generated/graphql';
import type { Lang } from '../../app/i18n/translate';

export type ProjectDetail = Extract<NonNullable<ProjectDetailQuery['node']>, { code: string }>;
export type Indicator = ProjectDetail['indicators'][number];
export type MonitoringReport = ProjectDetail['monitoringReports'][number];

/** The project of a `node(id)` answer; null when the id is not a project in scope. */
export function asProject(node: ProjectDetailQuery['node'] | undefined): ProjectDetail | null {
  return node && 'code' in node ? (node as ProjectDetail) : null;
}

export function sortedReports(reports: readonly MonitoringReport[]): MonitoringReport[] {
  return [...reports].sort((a, b) => (a.checkpoint?.month ?? 0) - (b.checkpoint?.month ?? 0));
}

export interface IndicatorRow {
  indicator: Indicator;
  level1: string;
  target: string;
  /** Planned and actual at each checkpoint month, with the server's verdict and signed deviation. */
  actuals: Map<
    number,
    {
      planned: string | null;
      actual: string | null;
      explanation: string;
      verdict: IndicatorVerdict;
      deviation: string | null;
    }
  >;
}

/** "≥ 1200 人次", or the qualitative target in words. */
export function targetText(
  indicator: Pick<Indicator, 'comparator' | 'targetValue' | 'targetText' | 'unitOfMeasure'>,
): string {
  if (indicator.comparator === 'QUALITATIVE' || indicator.targetValue == null) return indicator.targetText ?? '—';
  const symbol = COMPARATOR_SYMBOLS[indicator.comparator as Comparator] ?? indicator.comparator;
  return `${symbol} ${indicator.targetValue}${indicator.unitOfMeasure ? ` ${indicator.unitOfMeasure}` : ''}`;
}

export function indicatorRows(
  project: Pick<ProjectDetail, 'indicators' | 'monitoringReports'>,
  lang: Lang,
): IndicatorRow[] {
  return project.indicators.map((indicator) => {
    const actuals: IndicatorRow['actuals'] = new Map();
    for (const report of project.monitoringReports) {
      const a = report.indicatorActuals.find((x) => x.indicator?.id === indicator.id);
      if (a && report.checkpoint) {
        actuals.set(report.checkpoint.month, {
          planned: a.plannedValue ?? null,
          actual: a.actualValue ?? null,
          explanation: a.explanation,
          verdict: a.verdict,
          deviation: a.deviation ?? null,
        });
      }
    }
    const l1 = (INDICATOR_LEVEL1_LABELS as Record<string, { zh: string; en: string } | undefined>)[
      indicator.level1 as IndicatorLevel1
    ];
    return { indicator, level1: l1 ? l1[lang] : indicator.level1, target: targetText(indicator), actuals };
  });
}

/** The checkpoint months any report covers, in order. */
export function reportMonths(project: Pick<ProjectDetail, 'monitoringReports'>): number[] {
  return [
    ...new Set(project.monitoringReports.map((r) => r.checkpoint?.month).filter((m): m is number => m !== undefined)),
  ].sort((a, b) => a - b);
}
