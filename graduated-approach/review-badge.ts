import type { CycleSummary } from "./cycle-summary";
import { daysBetween } from "./iso-date";
import { DUE_SOON_DAYS } from "./review-due";

/**
 * Review dates of open, not yet reviewed cycles of pupils still on roll, from the pupils' cycle summaries (each
 * summary's id is its pupil's): all the toolbar badge needs.
 */
export function openReviewDates(summaries: Iterable<CycleSummary>, archivedPupilIds: ReadonlySet<string>): string[] {
  const dates: string[] = [];
  for (const { id, open } of summaries) {
    if (open?.reviewDate && !open.reviewedOn && !archivedPupilIds.has(id)) dates.push(open.reviewDate);
  }
  return dates;
}

/** How many of those reviews are overdue or due in the next 14 days on `today`. */
export function reviewsDueCount(reviewDates: readonly string[], today: string): number {
  return reviewDates.filter((d) => daysBetween(today, d) <= DUE_SOON_DAYS).length;
}
