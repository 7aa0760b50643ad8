import type { OpenCycleGlance, SummaryOf } from "./cycle-summary";
import { pupilsShortOfMeetings } from "./parent-meetings";
import type { Pupil } from "./pupil";
import { reviewsDue } from "./review-due";

export type DueKind = "review-overdue" | "review-due" | "meetings-short" | "no-outcomes" | "no-open-cycle";

export interface DueItem {
  kind: DueKind;
  pupilId: string;
  cycleId?: string;
  /** The review date, for reviews. */
  date?: string;
  /** Days late (overdue) or to go (due); meetings held so far for meetings. */
  count?: number;
}

/** The order the Due view shows its groups in: most urgent first. */
export const DUE_KINDS: readonly DueKind[] = ["review-overdue", "review-due", "meetings-short", "no-outcomes", "no-open-cycle"];

/** Everything the SENCO should act on today, for pupils who are not archived, from each pupil's cycle summary. */
export function dueList(pupils: readonly Pupil[], summaryOf: SummaryOf, today: string): DueItem[] {
  const active = pupils.filter((p) => !p.archivedOn);
  const open: { pupilId: string; open: OpenCycleGlance }[] = [];
  for (const p of active) {
    const cycle = summaryOf(p.id)?.open;
    if (cycle) open.push({ pupilId: p.id, open: cycle });
  }

  const reviews: DueItem[] = reviewsDue(open, today).map((r) => ({
    kind: r.state.kind === "overdue" ? "review-overdue" : "review-due",
    pupilId: r.pupilId,
    cycleId: r.cycleId,
    date: r.state.reviewDate,
    count: r.state.kind === "overdue" ? r.state.daysLate : r.state.daysToGo,
  }));
  const meetings: DueItem[] = pupilsShortOfMeetings(active, today).map((m) => ({ kind: "meetings-short", pupilId: m.pupilId, count: m.held }));
  const noOutcomes: DueItem[] = open
    .filter((o) => o.open.outcomes === 0)
    .map((o) => ({ kind: "no-outcomes", pupilId: o.pupilId, cycleId: o.open.id }));
  const noCycle: DueItem[] = active
    .filter((p) => p.senStatus.code === "K" && !summaryOf(p.id)?.open)
    .map((p) => ({ kind: "no-open-cycle", pupilId: p.id }));
  return [...reviews, ...meetings, ...noOutcomes, ...noCycle];
}

/** Items grouped by kind, in the order of DUE_KINDS; every kind is present, possibly empty. */
export function groupDue(items: readonly DueItem[]): Map<DueKind, DueItem[]> {
  const groups = new Map<DueKind, DueItem[]>(DUE_KINDS.map((k) => [k, []]));
  for (const item of items) groups.get(item.kind)!.push(item);
  return groups;
}

/** Pupils with at least one due item: the badge count. */
export function pupilsWithSomethingDue(items: readonly DueItem[]): number {
  return new Set(items.map((i) => i.pupilId)).size;
}
