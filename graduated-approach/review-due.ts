import type { Cycle } from "./cycle";
import { glance, type OpenCycleGlance } from "./cycle-summary";
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
  return cycle.status === "open" ? openReviewState(glance(cycle), today) : { kind: "not-open" };
}

/** The same, from the open cycle's summary (see cycle-summary.ts); no open cycle is "not-open". */
export function openReviewState(open: OpenCycleGlance | undefined, today: string): ReviewState {
  if (!open || open.reviewedOn) return { kind: "not-open" };
  const { reviewDate } = open;
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

/** Open cycles (each with its pupil's id) whose review is overdue or due in the next 14 days, the most urgent first. */
export function reviewsDue(open: readonly { pupilId: string; open: OpenCycleGlance }[], today: string): ReviewDue[] {
  const due: ReviewDue[] = [];
  for (const { pupilId, open: cycle } of open) {
    const state = openReviewState(cycle, today);
    if (state.kind === "overdue" || state.kind === "due-soon") due.push({ pupilId, cycleId: cycle.id, state });
  }
  return due.sort((a, b) => a.state.reviewDate.localeCompare(b.state.reviewDate));
}
