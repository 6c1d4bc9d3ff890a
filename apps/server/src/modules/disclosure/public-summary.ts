import type { DataSource } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import type { PublicCounty, PublicSummary } from './disclosure.types.js';

// Issue 15 §3: the public page's summary before its cards. Only what is published counts (targets with a
// publication date, FINAL evaluations with one), and never a classified unit's rows.

const PUBLISHED = `p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified`;

// The grade the county notified is the self-evaluation's (DOMAIN.md, "2022 results notified").
const SELF_PUBLISHED = `e.kind = 'SELF' AND e.status = 'FINAL' AND e.published_on IS NOT NULL AND e.grade IS NOT NULL`;

/** The counties with anything published, by path (the public page's county picker). */
export async function publicCounties(db: Pick<DataSource, 'query'>): Promise<PublicCounty[]> {
  return db.query(
    `SELECT r.code, r.name, r.name_en AS "nameEn", r.bureau_name AS "bureauName" FROM region r
      WHERE r.level = 'COUNTY' AND EXISTS (SELECT 1 FROM project p JOIN unit u ON u.id = p.unit_id
                                            WHERE p.region_id = r.id AND ${PUBLISHED})
      ORDER BY r.path, r.code`,
  );
}

/** A county by its code, or the first county with anything published when none is given. */
export async function publicCounty(
  db: Pick<DataSource, 'query'>,
  code: string | null | undefined,
): Promise<PublicCounty & { id: number }> {
  const [row] = code
    ? await db.query(
        `SELECT r.id, r.code, r.name, r.name_en AS "nameEn", r.bureau_name AS "bureauName" FROM region r WHERE r.code = $1 AND r.level = 'COUNTY'`,
        [code],
      )
    : await db.query(
        `SELECT r.id, r.code, r.name, r.name_en AS "nameEn", r.bureau_name AS "bureauName" FROM region r
          WHERE r.level = 'COUNTY' AND EXISTS (SELECT 1 FROM project p JOIN unit u ON u.id = p.unit_id
                                                WHERE p.region_id = r.id AND ${PUBLISHED})
          ORDER BY r.path, r.code LIMIT 1`,
      );
  if (!row) {
    throw new AppError('NOT_FOUND', 'regionCode：县不存在', 'regionCode: no such county', { field: 'regionCode' });
  }
  return row;
}

export async function publicSummary(
  db: Pick<DataSource, 'query'>,
  year: number,
  code: string | null | undefined,
): Promise<PublicSummary> {
  const county = await publicCounty(db, code);
  const [totals] = await db.query(
    `SELECT count(*)::int AS n, COALESCE(sum(p.budget), 0)::text AS budget
       FROM project p JOIN unit u ON u.id = p.unit_id
      WHERE p.region_id = $1 AND p.year = $2 AND ${PUBLISHED}`,
    [county.id, year],
  );
  const [grades] = await db.query(
    `SELECT count(*)::int AS n,
            (count(*) FILTER (WHERE e.grade = 'EXCELLENT'))::int AS excellent,
            (count(*) FILTER (WHERE e.grade = 'GOOD'))::int AS good,
            (count(*) FILTER (WHERE e.grade = 'MEDIUM'))::int AS medium,
            (count(*) FILTER (WHERE e.grade = 'POOR'))::int AS poor
       FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
      WHERE p.region_id = $1 AND p.year = $2 AND ${PUBLISHED} AND ${SELF_PUBLISHED}`,
    [county.id, year],
  );
  const graded = (await db.query(
    `SELECT p.code, p.name, u.name AS unit_name, e.grade, COALESCE(e.expert_score, e.score)::float8 AS score
       FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
      WHERE p.region_id = $1 AND p.year = $2 AND ${PUBLISHED}
        AND ${SELF_PUBLISHED} AND e.grade IN ('MEDIUM', 'POOR')
      ORDER BY CASE e.grade WHEN 'POOR' THEN 0 ELSE 1 END, score NULLS LAST, p.code`,
    [county.id, year],
  )) as { code: string; name: string; unit_name: string; grade: string; score: number | null }[];
  return {
    county: { code: county.code, name: county.name, nameEn: county.nameEn, bureauName: county.bureauName },
    year,
    projectCount: totals.n,
    budget: totals.budget,
    evaluatedCount: grades.n,
    excellent: grades.excellent,
    good: grades.good,
    medium: grades.medium,
    poor: grades.poor,
    mediumOrPoor: graded.map((r) => ({
      code: r.code,
      name: r.name,
      unitName: r.unit_name,
      grade: r.grade,
      score: r.score,
    })),
  };
}
