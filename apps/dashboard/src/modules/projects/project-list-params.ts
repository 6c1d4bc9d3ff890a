import { EVALUATION_KINDS, FLAG_MEASURES, type EvaluationKind, type FlagMeasure } from '@jixiao/schema/enums';
import type { ProjectFilter } from '../../generated/graphql';

// The project list (/projects) is where a number of the cockpit leads: its filters live in the address,
// with the same names the cockpit uses (?year, ?ff, ?section, ?unit, ?grade, ?flag), plus those of the
// number clicked: a flag measure at a checkpoint (?measure=OPEN_RED&fm=8), a checkpoint reported
// (?cp=8), an agency (?agency=…), an evaluation kind (?ek=KEY), overdue flags (?overdue=1).

export const LIST_PARAMS = {
  flagMeasure: 'measure',
  flagMonth: 'fm',
  checkpointMonth: 'cp',
  agencyId: 'agency',
  evaluationKind: 'ek',
  overdue: 'overdue',
} as const;

export type ListFilter = Pick<
  ProjectFilter,
  'flagMeasure' | 'flagMonth' | 'checkpointMonth' | 'agencyId' | 'evaluationKind' | 'overdue'
>;

function month(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The list's own filters from the address; unknown values are ignored rather than failing the view. */
export function parseListFilter(params: URLSearchParams): ListFilter {
  const measure = oneOf<FlagMeasure>(FLAG_MEASURES, params.get(LIST_PARAMS.flagMeasure));
  const fm = month(params.get(LIST_PARAMS.flagMonth));
  const agency = params.get(LIST_PARAMS.agencyId);
  return {
    // A measure means nothing without its checkpoint: both or neither.
    flagMeasure: measure && fm ? measure : null,
    flagMonth: measure && fm ? fm : null,
    checkpointMonth: month(params.get(LIST_PARAMS.checkpointMonth)),
    agencyId: agency && /^[A-Za-z0-9_-]{1,80}$/.test(agency) ? agency : null,
    evaluationKind: oneOf<EvaluationKind>(EVALUATION_KINDS, params.get(LIST_PARAMS.evaluationKind)),
    overdue: params.get(LIST_PARAMS.overdue) === '1' ? true : null,
  };
}

/** The address of the project list filtered to some rows (null and empty values are left out). */
export function projectListPath(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    search.set(key, value === true ? '1' : String(value));
  }
  const text = search.toString();
  return text ? `/projects?${text}` : '/projects';
}
