import type pg from 'pg';

/**
 * A county next door, under the same prefecture as `beside`, with one business section and one unit it
 * supervises: what the tests of views above one county add to the demo.
 */
export async function addNeighbourCounty(
  db: pg.Client,
  beside: { id: number },
  n: { code: string; name: string; sectionCode: string; sectionName: string; unitCode: string; unitName: string },
): Promise<{ regionId: number; unitId: number }> {
  const {
    rows: [r],
  } = await db.query(
    `INSERT INTO region (parent_id, code, name, level, path)
     SELECT parent_id, $2, $3, 'COUNTY', path FROM region WHERE id = $1 RETURNING id`,
    [beside.id, n.code, n.name],
  );
  await db.query(
    `UPDATE region SET path = (SELECT p.path FROM region p WHERE p.id = region.parent_id) || id || '/' WHERE id = $1`,
    [r.id],
  );
  const {
    rows: [s],
  } = await db.query(`INSERT INTO section (region_id, code, name, kind) VALUES ($1, $2, $3, 'BUSINESS') RETURNING id`, [
    r.id,
    n.sectionCode,
    n.sectionName,
  ]);
  const {
    rows: [u],
  } = await db.query(
    `INSERT INTO unit (region_id, code, name, supervising_section_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [r.id, n.unitCode, n.unitName, s.id],
  );
  return { regionId: r.id, unitId: u.id };
}
