import { yearGroupLabel, YearGroup, yearOffset } from "./year-group";

/**
 * A pupil's cohort is the calendar year of the September they started (or would start) reception. It does
 * not change as time passes, so the year group is worked out from it for any day: the register rolls over
 * by itself each 1 September. A pupil taught out of their age group keeps the cohort of the year group
 * the school teaches them in.
 */

/** The calendar year the school year containing `isoDate` starts in (school years start on 1 September). */
export function schoolYearOf(isoDate: string): number {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** Children start reception in the September after their fourth birthday (the 1 September cut-off). */
export function cohortFromBirth(dateOfBirth: string): number {
  return schoolYearOf(dateOfBirth) + 5;
}

/** The cohort of a pupil who was in `year` on `onDate`. */
export function cohortFromYearGroup(year: YearGroup, onDate: string): number {
  return schoolYearOf(onDate) - yearOffset(year);
}

/** The year group a cohort is in on `today`; undefined before nursery or after the last post-16 year. */
export function yearGroupOn(cohort: number, today: string): YearGroup | undefined {
  const offset = schoolYearOf(today) - cohort;
  if (offset < -2 || offset > 14) return undefined;
  const year = offset === -2 ? "N1" : offset === -1 ? "N2" : offset === 0 ? "R" : `Y${offset}`;
  return YearGroup.parse(year);
}

/** "Year 6", "Reception", or "past Year 14" / "not yet in nursery" for a cohort outside the year groups. */
export function yearGroupOnLabel(cohort: number, today: string): string {
  const year = yearGroupOn(cohort, today);
  if (year) return yearGroupLabel(year);
  return schoolYearOf(today) - cohort > 14 ? "past Year 14" : "not yet in nursery";
}
