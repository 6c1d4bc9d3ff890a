import type { MonitoringReportInput } from '../../generated/graphql';
import { cleanAmount } from '../work';

/** One indicator row of the monitoring report form. */
export interface ActualDraft {
  indicatorId: string;
  actualValue: string;
  explanation: string;
}

export interface ReportDraft {
  /** Executed amount in yuan as typed (digits, optional decimals; thousands separators allowed). */
  executed: string;
  actuals: ActualDraft[];
}

/**
 * The variables of `submitMonitoringReport`: rows in the indicators' order, so the server's
 * `actuals[i]` names row i of the form. `version` is the returned report's, for a resubmission.
 */
export function reportVariables(args: {
  projectId: string;
  checkpointId: string;
  version: number | null;
  draft: ReportDraft;
}): {
  input: MonitoringReportInput;
} {
  const { draft } = args;
  return {
    input: {
      projectId: args.projectId,
      checkpointId: args.checkpointId,
      executed: cleanAmount(draft.executed),
      actuals: draft.actuals.map((a) => ({
        indicatorId: a.indicatorId,
        actualValue: a.actualValue.trim() === '' ? null : a.actualValue.trim(),
        explanation: a.explanation.trim() === '' ? null : a.explanation.trim(),
      })),
      ...(args.version === null ? {} : { version: args.version }),
    },
  };
}

/** The form's first state: a returned report's values, or the plan (actual = planned) left empty. */
export function initialDraft(
  indicators: readonly { id: string }[],
  previous: {
    executed: string;
    indicatorActuals: readonly {
      actualValue?: string | null;
      explanation: string;
      indicator?: { id: string } | null;
    }[];
  } | null,
): ReportDraft {
  const byId = new Map((previous?.indicatorActuals ?? []).map((a) => [a.indicator?.id, a]));
  return {
    executed: previous?.executed ?? '',
    actuals: indicators.map((i) => ({
      indicatorId: i.id,
      actualValue: byId.get(i.id)?.actualValue ?? '',
      explanation: byId.get(i.id)?.explanation ?? '',
    })),
  };
}

/** Executed ÷ budget as a fraction, or null while the amount is not a number yet. */
export function draftExecutionRate(executed: string, budget: string): number | null {
  const e = Number(cleanAmount(executed));
  const b = Number(budget);
  if (cleanAmount(executed) === '' || !Number.isFinite(e) || !(b > 0)) return null;
  return e / b;
}
