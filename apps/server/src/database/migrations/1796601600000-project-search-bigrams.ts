import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A GIN index over the two-character pieces (bigrams) of each project's name and code, lower-cased, for the
 * search filter (`name ILIKE '%term%' OR code ILIKE '%term%'`). The term's bigrams are all among a matching
 * row's, so the index narrows a province's 1,000,000 projects to the few thousand holding them, and ILIKE
 * decides among those. pg_trgm would need three characters, and most Chinese search terms are two (学校, 道路):
 * such a search read every name in the page's order (0.6–0.9 s province-wide). How a search uses the index:
 * `filter/search-bigrams.ts`.
 *
 * `search_bigrams(a, b)` is the bigrams of `a` and of `b` (none across the two; a one-character part has none).
 * ANALYZE gives the planner, and the search, each bigram's share of the projects at once.
 */
export class ProjectSearchBigrams1796601600000 implements MigrationInterface {
  name = 'ProjectSearchBigrams1796601600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_bigrams(a text, b text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT ARRAY(SELECT substr(l, i, 2)
                         FROM unnest(ARRAY[lower(a), lower(b)]) AS l, generate_series(1, char_length(l) - 1) AS i)
        $$`);
    await q.query(`CREATE INDEX project_search_bigrams ON project USING gin (search_bigrams(name, code))`);
    await q.query(`ANALYZE project`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX project_search_bigrams`);
    await q.query(`DROP FUNCTION search_bigrams(text, text)`);
  }
}
