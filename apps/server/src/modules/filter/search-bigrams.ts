import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/index.js';

/**
 * Which searches of projects go through the bigram index (migration 1796601600000): a term of two characters
 * or more that at most this many projects can hold, by the statistics ANALYZE keeps on the index. Such a
 * search reads the projects holding all of the term's bigrams, by id, and ILIKE decides among them: its cost
 * follows its matches (~40 ms for 5,600 of a province's 1,000,000). A commoner term is tested by ILIKE row by
 * row in the page's order, which reaches a page of matches soon; a one-character term has no bigram.
 */
export const BIGRAM_SEARCH_MAX = 10_000;
const STATS_TTL_MS = 5 * 60_000;

/** The projects counted at the last ANALYZE, and each common bigram's share of them. */
export interface BigramStats {
  /** -1 when the table was never analyzed */
  projects: number;
  /** null when ANALYZE has not sampled the index (an empty or new table) */
  shares: Map<string, number> | null;
  /** the least share ANALYZE listed: a bigram it did not list is rarer */
  floor: number;
}

/** The term's bigrams, as `search_bigrams(term, '')` gives them (JavaScript's lower case, for an estimate). */
export function bigramsOf(term: string): string[] {
  const chars = Array.from(term.toLowerCase());
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** At most how many projects hold every one of `grams`, by the statistics: the share of the rarest of them. */
export function matchBound(stats: BigramStats, grams: string[]): number {
  if (stats.projects < 0) return Infinity;
  if (!stats.shares) return stats.projects;
  const share = Math.min(...grams.map((g) => stats.shares!.get(g) ?? stats.floor));
  return share * stats.projects;
}

/** Roles whose rows are a whole county's or more. */
const REGION_WIDE = new Set<Viewer['role']>(['LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'UPPER_LEVEL']);

/**
 * Whether the filter's search goes through the bigram index (see BIGRAM_SEARCH_MAX): only where the rows
 * searched are a county's or more. A unit's, a section's or an agency's few hundred projects are read sooner
 * one by one than a province's matches by id (a unit's search 6 ms by ILIKE, 30 ms through the index).
 */
export async function searchesByBigrams(
  db: Pick<DataSource, 'query'>,
  v: Viewer,
  f: { search?: string | null; unitId?: number | null; sectionId?: number | null },
): Promise<boolean> {
  if (!f.search || !REGION_WIDE.has(v.role) || f.unitId != null || f.sectionId != null) return false;
  const grams = bigramsOf(f.search);
  if (grams.length === 0) return false;
  return matchBound(await statsOf(db), grams) <= BIGRAM_SEARCH_MAX;
}

const cache = new WeakMap<object, { at: number; stats: Promise<BigramStats> }>();

/** The index's statistics, read at most every five minutes per database connection pool. */
function statsOf(db: Pick<DataSource, 'query'>): Promise<BigramStats> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < STATS_TTL_MS) return hit.stats;
  const stats = readStats(db);
  cache.set(db, { at: Date.now(), stats });
  stats.catch(() => cache.delete(db));
  return stats;
}

async function readStats(db: Pick<DataSource, 'query'>): Promise<BigramStats> {
  const [row] = (await db.query(
    `SELECT c.reltuples::float8 AS projects, s.most_common_elems::text::text[] AS elems,
            s.most_common_elem_freqs AS freqs
       FROM pg_class c
       LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'project_search_bigrams'
      WHERE c.oid = 'project'::regclass`,
  )) as { projects: number; elems: string[] | null; freqs: number[] | null }[];
  const { projects, elems, freqs } = row!;
  if (!elems || !freqs) return { projects, shares: null, floor: 0 };
  // most_common_elem_freqs: one share per element, then the least and the greatest of them and the nulls' share.
  return { projects, shares: new Map(elems.map((e, i) => [e, freqs[i]!])), floor: freqs[elems.length]! };
}
