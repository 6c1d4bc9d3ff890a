import { AppError } from '../../graphql/errors.js';

/** Argument checks shared by the analytics queries; errors name the argument. */
export const YearArgs = {
  check(year: number): number {
    if (year < 2000 || year > 2100) {
      throw new AppError('BAD_USER_INPUT', `year：年度须在 2000–2100 之间`, `year: must be between 2000 and 2100`, {
        field: 'year',
      });
    }
    return year;
  },
  month(month: number): number {
    if (month < 1 || month > 12) {
      throw new AppError('BAD_USER_INPUT', `month：月份须在 1–12 之间`, `month: must be between 1 and 12`, {
        field: 'month',
      });
    }
    return month;
  },
};
