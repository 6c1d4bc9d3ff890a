import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import type { Lang } from '../../app/i18n/translate';

// The year-end rating of the third-party agencies (DOMAIN.md step 7): the server computes quantity,
// quality and effect from each agency's actual work; the performance section enters the satisfaction.

/** The satisfaction typed for each agency, by the agency's id. */
export type SatisfactionDraft = Record<string, string>;

export interface AgencyWithRatings {
  id: string;
  ratings: readonly { year: number; published: boolean }[];
}

export interface RatingFigures {
  agencyId: string;
  satisfaction: number;
}

const MESSAGES = {
  satisfaction: {
    zh: '请填写 0–100 之间的分数，最多两位小数',
    en: 'enter a score from 0 to 100, two decimals at most',
  },
};

/** The form field of the i-th satisfaction sent, named as the server names it. */
export function satisfactionField(index: number): string {
  return `satisfaction[${index}].satisfaction`;
}

/** "85", " 85.5 " → 85.5; null when it is not a score from 0 to 100 with two decimals at most. */
export function parseSatisfaction(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

/** The satisfaction entered last time for the year (to correct and compute again), else empty. */
export function initialSatisfaction(
  agencies: readonly { id: string }[],
  ratings: readonly RatingFigures[],
): SatisfactionDraft {
  const given = new Map(ratings.map((r) => [r.agencyId, r.satisfaction]));
  return Object.fromEntries(agencies.map((a) => [a.id, given.has(a.id) ? String(given.get(a.id)) : '']));
}

/**
 * The variables of `computeAgencyRatings`, one satisfaction per agency in the order listed, or the
 * fields the form must fix first (a score the server cannot read); the server checks the rest.
 */
export function computeVariables(
  year: number,
  agencies: readonly { id: string }[],
  draft: SatisfactionDraft,
  lang: Lang,
):
  | { variables: { year: number; satisfaction: { agencyId: string; satisfaction: number }[] }; fields: null }
  | { variables: null; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const satisfaction = agencies.map((a, i) => {
    const n = parseSatisfaction(draft[a.id] ?? '');
    if (n === null) fields[satisfactionField(i)] = MESSAGES.satisfaction[lang];
    return { agencyId: a.id, satisfaction: n ?? 0 };
  });
  if (Object.keys(fields).length) return { variables: null, fields };
  return { variables: { year, satisfaction }, fields: null };
}

const INDEXED = /^satisfaction\[(\d+)\]\.(satisfaction|agencyId)$/;

/**
 * The messages of a failed computation placed where they belong: those about the i-th satisfaction sent
 * at that agency's row (the list is sent in the agencies' order), the others for the whole form.
 */
export function placeMessages(
  fields: Record<string, string>,
  agencies: readonly { id: string }[],
): { byAgency: Record<string, string>; other: Record<string, string> } {
  const byAgency: Record<string, string> = {};
  const other: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) {
    const m = INDEXED.exec(field);
    const agency = m ? agencies[Number(m[1])] : undefined;
    if (agency) byAgency[agency.id] = byAgency[agency.id] ? `${byAgency[agency.id]}；${text}` : text;
    else other[field] = text;
  }
  return { byAgency, other };
}

export type RatingYearState = 'none' | 'computed' | 'published';

/**
 * Where the year's rating stands: not computed yet; computed (and may be computed again) while any rating
 * is unpublished; published once every agency's rating of the year is.
 */
export function ratingYearState(
  agencies: readonly AgencyWithRatings[],
  year: number,
): { state: RatingYearState; rated: number; published: number } {
  const ofYear = agencies.flatMap((a) => a.ratings.filter((r) => r.year === year));
  const published = ofYear.filter((r) => r.published).length;
  const state: RatingYearState = ofYear.length === 0 ? 'none' : published === ofYear.length ? 'published' : 'computed';
  return { state, rated: ofYear.length, published };
}

export interface RatingRules {
  weights: { quantity: number; quality: number; effect: number; satisfaction: number };
  bands: { A: number; B: number; C: number };
}

/** The weights and bands of the year's rules (the defaults where the stored rules leave them out). */
export function ratingRules(rules: unknown): RatingRules {
  const stored = (
    rules as {
      agencyRating?: { weights?: Partial<RatingRules['weights']>; bands?: Partial<RatingRules['bands']> };
    } | null
  )?.agencyRating;
  const d = DEFAULT_RULE_SET.agencyRating;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    weights: {
      quantity: num(stored?.weights?.quantity, d.weights.quantity),
      quality: num(stored?.weights?.quality, d.weights.quality),
      effect: num(stored?.weights?.effect, d.weights.effect),
      satisfaction: num(stored?.weights?.satisfaction, d.weights.satisfaction),
    },
    bands: {
      A: num(stored?.bands?.A, d.bands.A),
      B: num(stored?.bands?.B, d.bands.B),
      C: num(stored?.bands?.C, d.bands.C),
    },
  };
}

/** True when what is typed differs from the satisfaction the year's ratings were computed with. */
export function satisfactionChanged(
  agencies: readonly { id: string }[],
  draft: SatisfactionDraft,
  ratings: readonly RatingFigures[],
): boolean {
  const computed = new Map(ratings.map((r) => [r.agencyId, r.satisfaction]));
  return agencies.some((a) => parseSatisfaction(draft[a.id] ?? '') !== (computed.get(a.id) ?? null));
}
