import type { Cycle } from "./cycle";
import type { ReviewDecision } from "./cycle-stages";
import { meetingsOf } from "./parent-meetings";
import type { Pupil } from "./pupil";

export type TimelineEvent =
  | { date: string; kind: "added" }
  | { date: string; kind: "cycle-opened"; cycleNumber: number; cycleId: string }
  | { date: string; kind: "cycle-reviewed"; cycleNumber: number; cycleId: string; decision?: ReviewDecision }
  | { date: string; kind: "status" | "tier"; from: string; to: string }
  | { date: string; kind: "meeting"; meetingId: string; attendees: string }
  | { date: string; kind: "archived" };

const ORDER: Record<TimelineEvent["kind"], number> = {
  added: 0, status: 1, tier: 2, "cycle-reviewed": 3, "cycle-opened": 4, meeting: 5, archived: 6,
};

/**
 * Everything that has happened to a pupil, earliest first: added, cycles opened and reviewed, status and
 * tier changes, meetings with parents, archived. Events on the same day keep a sensible order (a review
 * before the cycle it opens).
 */
export function pupilTimeline(pupil: Pupil, cycles: readonly Cycle[]): TimelineEvent[] {
  const events: TimelineEvent[] = [{ date: pupil.createdAt.slice(0, 10), kind: "added" }];
  for (const c of cycles) {
    events.push({ date: c.openedOn, kind: "cycle-opened", cycleNumber: c.number, cycleId: c.id });
    const reviewedOn = c.stages.review.reviewedOn;
    if (reviewedOn) {
      events.push({ date: reviewedOn, kind: "cycle-reviewed", cycleNumber: c.number, cycleId: c.id, decision: c.stages.review.decision });
    }
  }
  for (const change of pupil.history ?? []) events.push({ ...change });
  for (const m of meetingsOf(pupil)) events.push({ date: m.date, kind: "meeting", meetingId: m.id, attendees: m.attendees });
  if (pupil.archivedOn) events.push({ date: pupil.archivedOn, kind: "archived" });
  return events.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind] || cycleNumber(a) - cycleNumber(b));
}

function cycleNumber(e: TimelineEvent): number {
  return "cycleNumber" in e ? e.cycleNumber : 0;
}
