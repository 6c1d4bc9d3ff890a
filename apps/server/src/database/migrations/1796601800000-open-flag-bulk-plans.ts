import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * open_flag_summary's flag trigger (migration 1796600900000, paired by 1796601400000) with a second copy of its
 * statements for statements of more than SMALL flags. PL/pgSQL keeps each statement's plan from its first call in
 * the session; the earliest deadline "before" excluded the statement's own flags by `NOT EXISTS` over the
 * transition table, which a first call of one flag planned as a nested loop: 10,000 flags raised in one statement
 * then compared 50 million pairs (2.2 s of the statement's 5.2 s). The copy for large statements excludes them by
 * `EXCEPT` (hashed or sorted, linear whatever the plan); a statement of a few flags keeps the plain form, which
 * was ~1 ms faster for one flag than EXCEPT (measured when this was first tried). Each copy's plans are made by
 * statements of its own size class.
 */
const SMALL = 64;
const FN = 'open_flag_summary_flags';
/** Comments that mark the two copies, for `down`. */
const MARK = {
  small: '-- 1796601800000: small statements',
  large: '-- 1796601800000: large statements',
  end: '-- 1796601800000: end',
};

/** The NOT EXISTS over the statement's flags, written as EXCEPT; the relation (`after`) kept as it is. */
const NOT_EXISTS =
  /SELECT f\.project_id, f\.deadline FROM flag f\s+WHERE f\.project_id = ANY\(ids\) AND f\.status = 'OPEN' AND NOT EXISTS \(SELECT 1 FROM ([\s\S]+?) a WHERE a\.id = f\.id\)/g;
const BODY = /^([\s\S]*\$function\$\s*DECLARE ids int\[\];\s*BEGIN)([\s\S]*)(RETURN NULL;\s*END\s*\$function\$\s*)$/;

export class OpenFlagBulkPlans1796601800000 implements MigrationInterface {
  name = 'OpenFlagBulkPlans1796601800000';

  async up(q: QueryRunner): Promise<void> {
    const def = await definition(q);
    const m = BODY.exec(def);
    if (!m) throw new Error(`${FN}: the body is not as migration 1796600900000 wrote it`);
    const [, head, block, tail] = m as unknown as [string, string, string, string];
    const large = block.replace(
      NOT_EXISTS,
      (_all, after: string) => `SELECT x.project_id, x.deadline FROM (
          SELECT f.id, f.project_id, f.deadline FROM flag f WHERE f.project_id = ANY(ids) AND f.status = 'OPEN'
          EXCEPT SELECT a.id, a.project_id, a.deadline FROM ${after} a) x`,
    );
    const rewritten = block.match(NOT_EXISTS)?.length ?? 0;
    if (rewritten !== 3) throw new Error(`${FN}: expected 3 NOT EXISTS (insert, update, delete), found ${rewritten}`);
    await q.query(`${head.replace('DECLARE ids int[];', 'DECLARE ids int[]; n bigint;')}
      IF TG_OP = 'DELETE' THEN SELECT count(*) INTO n FROM old_rows; ELSE SELECT count(*) INTO n FROM new_rows; END IF;
      IF n <= ${SMALL} THEN ${MARK.small}
        ${block}
      ELSE ${MARK.large}
        ${large}
      END IF; ${MARK.end}
      ${tail}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const def = await definition(q);
    const [small, large, end] = [MARK.small, MARK.large, MARK.end].map((x) => def.indexOf(x));
    const start = def.indexOf("IF TG_OP = 'DELETE' THEN SELECT count(*) INTO n");
    if ([small, large, end, start].some((i) => i < 0))
      throw new Error(`${FN}: not as migration 1796601800000 wrote it`);
    const head = def.slice(0, start).replace('DECLARE ids int[]; n bigint;', 'DECLARE ids int[];');
    const block = def.slice(small + MARK.small.length, def.lastIndexOf('ELSE', large));
    await q.query(`${head}${block}${def.slice(end + MARK.end.length)}`);
  }
}

async function definition(q: QueryRunner): Promise<string> {
  const [{ def }] = await q.query(`SELECT pg_get_functiondef('${FN}'::regproc) AS def`);
  return def as string;
}
