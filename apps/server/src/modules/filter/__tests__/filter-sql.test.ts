import { describe, expect, it } from 'vitest';
import { sqlParams } from '../../auth/index.js';
import { filterSql, type Filter, type FilterSubject } from '../filter-sql.js';

const build = (f: Filter, subject: FilterSubject) => {
  const p = sqlParams();
  return { sql: filterSql(f, p, subject).replace(/\s+/g, ' ').trim(), values: p.values };
};

describe('filterSql, the one builder', () => {
  it('applies a flag level to the flag itself on the ledger, and as “has an open flag” to projects', () => {
    expect(build({ flagLevel: 'RED' }, 'flag')).toEqual({ sql: 'AND f.level = $1', values: ['RED'] });
    expect(build({ flagLevel: 'RED' }, 'project').sql).toBe(
      "AND EXISTS (SELECT 1 FROM flag fl WHERE fl.project_id = p.id AND fl.status = 'OPEN' AND fl.level = $1)",
    );
  });

  it('grades an evaluation row directly, and a project by its final evaluation of the kind (self by default)', () => {
    expect(build({ grade: 'POOR' }, 'evaluation')).toEqual({ sql: 'AND e.grade = $1', values: ['POOR'] });
    const project = build({ grade: 'POOR', evaluationKind: 'KEY' }, 'flag');
    expect(project.sql).toContain("eg.status = 'FINAL' AND eg.kind = $1 AND eg.grade = $2");
    expect(project.values).toEqual(['KEY', 'POOR']);
  });

  it('ignores project conditions for units and pushes no parameter for them', () => {
    expect(build({ fundFamily: 'SPECIAL_BOND', grade: 'GOOD', year: 2023, unitId: 7 }, 'unit')).toEqual({
      sql: 'AND u.id = $1',
      values: [7],
    });
  });

  it('lets a unit-wide evaluation (no project) pass conditions about a project', () => {
    expect(build({ fundFamily: 'SPECIAL_BOND', year: 2022 }, 'evaluation')).toEqual({
      sql: 'AND e.year = $1 AND (e.project_id IS NULL OR (p.fund_family = $2))',
      values: [2022, 'SPECIAL_BOND'],
    });
  });

  it('takes the checkpoint month on the report’s checkpoint, and “false” overdue filters nothing', () => {
    expect(build({ checkpointMonth: 8, reportStatus: 'CONFIRMED', overdue: false }, 'report')).toEqual({
      sql: 'AND c.month = $1 AND r.status = $2',
      values: [8, 'CONFIRMED'],
    });
  });

  it('keeps a search literal (its % and _ are not wildcards)', () => {
    expect(build({ search: '50%_' }, 'project')).toEqual({
      sql: 'AND (p.name ILIKE $1 OR p.code ILIKE $1)',
      values: ['%50\\%\\_%'],
    });
  });
});
