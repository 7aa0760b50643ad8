import type { Cycle } from "./cycle";
import { daysBetween } from "./iso-date";
import { DUE_SOON_DAYS } from "./review-due";

/** Review dates of open, not yet reviewed cycles of pupils still on roll: all the toolbar badge needs. */
export function openReviewDates(cycles: readonly Cycle[], archivedPupilIds: ReadonlySet<string>): string[] {
  return cycles
    .filter((c) => c.status === "open" && !c.stages.review.reviewedOn && !archivedPupilIds.has(c.pupilId))
    .flatMap((c) => (c.stages.plan.reviewDate ? [c.stages.plan.reviewDate] : []));
}

/** How many of those reviews are overdue or due in the next 14 days on `today`. */
export function reviewsDueCount(reviewDates: readonly string[], today: string): number {
  return reviewDates.filter((d) => daysBetween(today, d) <= DUE_SOON_DAYS).length;
}
