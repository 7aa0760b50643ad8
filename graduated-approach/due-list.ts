import type { Cycle } from "./cycle";
import { pupilsShortOfMeetings } from "./parent-meetings";
import type { Pupil } from "./pupil";
import { cyclesByPupil, openCycle } from "./pupil-cycles";
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

/** Everything the SENCO should act on today, for pupils who are not archived. */
export function dueList(pupils: readonly Pupil[], cycles: readonly Cycle[], today: string): DueItem[] {
  const active = pupils.filter((p) => !p.archivedOn);
  const activeIds = new Set(active.map((p) => p.id));
  const byPupil = cyclesByPupil(cycles.filter((c) => activeIds.has(c.pupilId)));
  const open = [...byPupil.values()].map(openCycle).filter((c): c is Cycle => Boolean(c));

  const reviews: DueItem[] = reviewsDue(open, today).map((r) => ({
    kind: r.state.kind === "overdue" ? "review-overdue" : "review-due",
    pupilId: r.pupilId,
    cycleId: r.cycleId,
    date: r.state.reviewDate,
    count: r.state.kind === "overdue" ? r.state.daysLate : r.state.daysToGo,
  }));
  const meetings: DueItem[] = pupilsShortOfMeetings(active, today).map((m) => ({ kind: "meetings-short", pupilId: m.pupilId, count: m.held }));
  const noOutcomes: DueItem[] = open
    .filter((c) => c.stages.plan.outcomes.length === 0)
    .map((c) => ({ kind: "no-outcomes", pupilId: c.pupilId, cycleId: c.id }));
  const noCycle: DueItem[] = active
    .filter((p) => p.senStatus.code === "K" && !openCycle(byPupil.get(p.id) ?? []))
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
