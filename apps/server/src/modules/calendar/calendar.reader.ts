import { ScopedReader } from '../auth/index.js';
import type { Deadline } from './calendar.types.js';
import { viewerTodos } from './todo.reader.js';

/** The year's deadlines and the viewer's to-dos. */
export class CalendarReader extends ScopedReader {
  /** The deadlines of the viewer's county in a year: all of them for leadership and upper levels, else the role's. */
  async deadlines(year: number): Promise<Deadline[]> {
    const v = this.v;
    const everyone = v.role === 'LEADERSHIP' || v.role === 'UPPER_LEVEL';
    const rows = await this.q(
      () => `SELECT due_on::text AS due_on, title_zh, title_en, roles, (due_on - current_date)::int AS days_left
         FROM calendar_deadline WHERE region_id = $1 AND year = $2 AND ($3 OR roles ? $4) ORDER BY due_on`,
      [v.regionId, year, everyone, v.role],
    );
    return rows.map((r) => ({
      dueOn: r.due_on,
      titleZh: r.title_zh,
      titleEn: r.title_en,
      roles: r.roles,
      daysLeft: r.days_left,
    }));
  }

  todos() {
    return viewerTodos(this.db, this.v);
  }
}
