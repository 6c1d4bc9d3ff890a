import { graphql } from '../../../generated';

/** The viewer's to-dos (counts within scope) and the year's deadlines for their role. */
export const WORK_TODOS = graphql(`
  query WorkTodos($year: Int!) {
    me {
      id
      role
    }
    todos {
      kind
      titleZh
      titleEn
      count
      overdue
    }
    deadlines(year: $year) {
      dueOn
      daysLeft
      titleZh
      titleEn
    }
  }
`);
