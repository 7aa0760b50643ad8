import type { Cycle } from "./cycle";
import { daysBetween } from "./iso-date";

/** Reviews within this many days count as due soon. */
export const DUE_SOON_DAYS = 14;

export type ReviewState =
  | { kind: "overdue"; reviewDate: string; daysLate: number }
  | { kind: "due-soon"; reviewDate: string; daysToGo: number }
  | { kind: "later"; reviewDate: string; daysToGo: number }
  | { kind: "no-date" }
  | { kind: "not-open" };

/**
 * Where an open cycle's review stands on `today`: overdue when the review date has passed,
 * due soon from today up to and including 14 days ahead.
 */
export function reviewState(cycle: Cycle, today: string): ReviewState {
  if (cycle.status !== "open" || cycle.stages.review.reviewedOn) return { kind: "not-open" };
  const reviewDate = cycle.stages.plan.reviewDate;
  if (!reviewDate) return { kind: "no-date" };
  const days = daysBetween(today, reviewDate);
  if (days < 0) return { kind: "overdue", reviewDate, daysLate: -days };
  if (days <= DUE_SOON_DAYS) return { kind: "due-soon", reviewDate, daysToGo: days };
  return { kind: "later", reviewDate, daysToGo: days };
}

export interface ReviewDue {
  pupilId: string;
  cycleId: string;
  state: Extract<ReviewState, { kind: "overdue" | "due-soon" }>;
}

/** Open cycles whose review is overdue or due in the next 14 days, the most urgent first. */
export function reviewsDue(cycles: readonly Cycle[], today: string): ReviewDue[] {
  const due: ReviewDue[] = [];
  for (const cycle of cycles) {
    const state = reviewState(cycle, today);
    if (state.kind === "overdue" || state.kind === "due-soon") due.push({ pupilId: cycle.pupilId, cycleId: cycle.id, state });
  }
  return due.sort((a, b) => a.state.reviewDate.localeCompare(b.state.reviewDate));
}
