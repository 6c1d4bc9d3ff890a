import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `open_flag_summary`: the open flags per the project's county, unit, fund family and budget year and per the
 * flag's rectification deadline — `flags` of them, `red` of those red, and `projects`: the projects whose earliest
 * open deadline is that date. The cockpit's ranking of units by open flags past their deadline reads it: a unit's
 * overdue flags, red flags and flagged projects are sums over the rows before today (a project is overdue once its
 * earliest deadline has passed), its longest overdue the earliest such date — exact for any day, since nothing
 * stored depends on the date. At 1M projects a province's ranking joined its 67,943 open flags to their projects
 * and grouped them twice (~470 ms); this table has ~29,000 rows there.
 *
 * Kept in the writing transaction by statement-level triggers, as flag_summary is: a flag's change is a signed
 * delta of its own row; a project's earliest deadline is recomputed for the projects whose flags the statement
 * touched (before: the open flags as they are, without the statement's new rows, with its old rows; after: as
 * they are), under the lock on the projects' project_latest rows that project_latest_refresh also takes (so two
 * transactions changing flags of one project do not both count it from the same "before"). A moved project moves
 * its contributions, a deleted one withdraws them before its flags are cascaded away, TRUNCATE rebuilds.
 */
const KEYS = 'region_id, year, unit_id, fund_family, deadline';

/** Applies signed deltas (rows of KEYS, flags, red, projects); rows emptied go, found by the partial index. */
const apply = (deltas: string) => `
  INSERT INTO open_flag_summary AS s (${KEYS}, flags, red, projects)
  SELECT ${KEYS}, sum(flags), sum(red), sum(projects) FROM (${deltas}) d
   GROUP BY ${KEYS} ORDER BY ${KEYS}
  ON CONFLICT (${KEYS}) DO UPDATE
    SET flags = s.flags + EXCLUDED.flags, red = s.red + EXCLUDED.red, projects = s.projects + EXCLUDED.projects;
  DELETE FROM open_flag_summary WHERE flags = 0;`;

/** The open flags of a relation of flag rows, each one flag (and one red flag if red), with sign. */
const flagDelta = (rows: string, sign: '' | '-') => `
  SELECT p.region_id, p.year, p.unit_id, p.fund_family, f.deadline, ${sign}1 AS flags,
         ${sign}(f.level = 'RED')::int AS red, 0 AS projects
    FROM ${rows} f JOIN project p ON p.id = f.project_id
   WHERE f.status = 'OPEN'`;

/** Each project's earliest deadline among `open` (a relation of project_id, deadline), counted with sign. */
const earliestDelta = (open: string, sign: '' | '-') => `
  SELECT p.region_id, p.year, p.unit_id, p.fund_family, e.deadline, 0 AS flags, 0 AS red, ${sign}1 AS projects
    FROM (SELECT project_id, min(deadline) AS deadline FROM (${open}) o GROUP BY project_id) e
    JOIN project p ON p.id = e.project_id`;

/**
 * A statement's change to flags: `before` and `after` are the changed flag rows as they were and are (transition
 * tables, or an empty relation for INSERT / DELETE). The projects they touch have their earliest deadline taken
 * away as it was and added as it is.
 */
const flagsChanged = (before: string, after: string) => `
  -- The projects touched, as an array: over the transition tables' unknown sizes the planner read every
  -- project_latest row to lock 2,000 (a seq scan, ~300 ms); by the array it looks each one up.
  ids := ARRAY(SELECT b.project_id FROM ${before} b UNION SELECT a.project_id FROM ${after} a);
  PERFORM 1 FROM project_latest l WHERE l.project_id = ANY(ids) ORDER BY l.project_id FOR UPDATE OF l;
  ${apply(`
    ${flagDelta(before, '-')}
    UNION ALL ${flagDelta(after, '')}
    UNION ALL ${earliestDelta(
      `SELECT f.project_id, f.deadline FROM flag f
        WHERE f.project_id = ANY(ids) AND f.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM ${after} a WHERE a.id = f.id)
       UNION ALL SELECT b.project_id, b.deadline FROM ${before} b WHERE b.status = 'OPEN'`,
      '-',
    )}
    UNION ALL ${earliestDelta(`SELECT f.project_id, f.deadline FROM flag f WHERE f.project_id = ANY(ids) AND f.status = 'OPEN'`, '')}`)}`;

const NONE = `(SELECT * FROM flag WHERE FALSE)`;
// An update's rows whose project, status, level or deadline changed, as they were and as they are.
const changed = (side: 'o' | 'n') => `(SELECT ${side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (o.project_id, o.status, o.level, o.deadline) IS DISTINCT FROM (n.project_id, n.status, n.level, n.deadline))`;

const FLAG_TRIGGER = `CREATE FUNCTION open_flag_summary_flags() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE ids int[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${flagsChanged(NONE, 'new_rows')}
    ELSIF TG_OP = 'UPDATE' THEN
      IF NOT EXISTS (SELECT 1 FROM ${changed('o')} x) THEN RETURN NULL; END IF;
      ${flagsChanged(changed('o'), changed('n'))}
    ELSE
      ${flagsChanged('old_rows', NONE)}
    END IF;
    RETURN NULL;
  END $$`;

// A project moved to another county, unit, fund family or year moves its open flags and its earliest deadline.
const MOVED = `FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (o.region_id, o.unit_id, o.fund_family, o.year) IS DISTINCT FROM (n.region_id, n.unit_id, n.fund_family, n.year)`;
const movedDelta = (sign: '' | '-', side: 'o' | 'n') => `
  SELECT m.region_id, m.year, m.unit_id, m.fund_family, f.deadline, ${sign}count(*)::int AS flags,
         ${sign}(count(*) FILTER (WHERE f.level = 'RED'))::int AS red, 0 AS projects
    FROM (SELECT ${side}.* ${MOVED}) m JOIN flag f ON f.project_id = m.id AND f.status = 'OPEN'
   GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT m.region_id, m.year, m.unit_id, m.fund_family, min(f.deadline), 0, 0, ${sign}1
    FROM (SELECT ${side}.* ${MOVED}) m JOIN flag f ON f.project_id = m.id AND f.status = 'OPEN'
   GROUP BY m.id, m.region_id, m.year, m.unit_id, m.fund_family`;
const PROJECT_MOVED = `CREATE FUNCTION open_flag_summary_projects_moved() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT EXISTS (SELECT 1 ${MOVED}) THEN RETURN NULL; END IF;
    ${apply(`${movedDelta('-', 'o')} UNION ALL ${movedDelta('', 'n')}`)}
    RETURN NULL;
  END $$`;

// A deleted project withdraws its contributions while its flags can still be read (their own trigger then finds
// no project, so nothing is taken away twice).
const PROJECT_DELETED = `CREATE FUNCTION open_flag_summary_project_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE o project%ROWTYPE := OLD;
  BEGIN
    ${apply(`
      SELECT o.region_id, o.year, o.unit_id, o.fund_family, f.deadline, -count(*)::int AS flags,
             -(count(*) FILTER (WHERE f.level = 'RED'))::int AS red, 0 AS projects
        FROM flag f WHERE f.project_id = o.id AND f.status = 'OPEN' GROUP BY f.deadline
      UNION ALL
      SELECT o.region_id, o.year, o.unit_id, o.fund_family, min(f.deadline), 0, 0, -1
        FROM flag f WHERE f.project_id = o.id AND f.status = 'OPEN' HAVING count(*) > 0`)}
    RETURN OLD;
  END $$`;

const BUILD = `CREATE FUNCTION open_flag_summary_build() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM open_flag_summary;
    ${apply(`${flagDelta('flag', '')} UNION ALL ${earliestDelta(`SELECT project_id, deadline FROM flag WHERE status = 'OPEN'`, '')}`)}
  END $$`;

export class OpenFlagSummary1796600900000 implements MigrationInterface {
  name = 'OpenFlagSummary1796600900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "open_flag_summary" (
      "region_id" integer NOT NULL, "year" integer NOT NULL, "unit_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "deadline" date NOT NULL,
      "flags" integer NOT NULL, "red" integer NOT NULL, "projects" integer NOT NULL,
      CONSTRAINT "PK_open_flag_summary" PRIMARY KEY (${KEYS}))`);
    // A section's or a unit's ranking starts from its units.
    await q.query(`CREATE INDEX "IDX_open_flag_summary_unit" ON "open_flag_summary" ("unit_id", "year")`);
    await q.query(`CREATE INDEX "IDX_open_flag_summary_empty" ON "open_flag_summary" ("region_id") WHERE flags = 0`);
    for (const sql of [FLAG_TRIGGER, PROJECT_MOVED, PROJECT_DELETED, BUILD]) await q.query(sql);
    await q.query(`CREATE FUNCTION open_flag_summary_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM open_flag_summary_build();
        RETURN NULL;
      END $$`);
    // Named to fire after flag_latest_* (triggers of one event fire in name order): that one locks the projects'
    // project_latest rows too, in the same order.
    await q.query(`CREATE TRIGGER flag_open_summary_insert AFTER INSERT ON flag
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_flag_summary_flags()`);
    await q.query(`CREATE TRIGGER flag_open_summary_update AFTER UPDATE ON flag
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_flag_summary_flags()`);
    await q.query(`CREATE TRIGGER flag_open_summary_delete AFTER DELETE ON flag
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION open_flag_summary_flags()`);
    await q.query(`CREATE TRIGGER project_open_flag_summary_update AFTER UPDATE ON project
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION open_flag_summary_projects_moved()`);
    await q.query(`CREATE TRIGGER project_open_flag_summary_delete BEFORE DELETE ON project
      FOR EACH ROW EXECUTE FUNCTION open_flag_summary_project_deleted()`);
    for (const table of ['project', 'flag']) {
      await q.query(`CREATE TRIGGER ${table}_open_flag_summary_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION open_flag_summary_rebuild()`);
    }
    await q.query(`SELECT open_flag_summary_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'flag'])
      await q.query(`DROP TRIGGER ${table}_open_flag_summary_truncate ON ${table}`);
    await q.query(`DROP TRIGGER project_open_flag_summary_delete ON project`);
    await q.query(`DROP TRIGGER project_open_flag_summary_update ON project`);
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER flag_open_summary_${op} ON flag`);
    for (const fn of [
      'open_flag_summary_rebuild()',
      'open_flag_summary_build()',
      'open_flag_summary_project_deleted()',
      'open_flag_summary_projects_moved()',
      'open_flag_summary_flags()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE "open_flag_summary"`);
  }
}
