import type { Cycle } from "./cycle";
import type { SenNeedCode, SenStatusCode } from "./census-codes";
import type { Pupil } from "./pupil";
import { openCycle } from "./pupil-cycles";
import { reviewState } from "./review-due";
import type { YearGroup } from "./year-group";

export interface PupilFilter {
  text?: string;
  status?: SenStatusCode;
  need?: SenNeedCode;
  tier?: string;
  yearGroup?: YearGroup;
  /** "due" = overdue or due in 14 days; "overdue" only overdue. */
  review?: "due" | "overdue";
  /** Show archived pupils instead of current ones. */
  archived?: boolean;
}

/** Pupils matching every filter; text matches first name, last name and UPN, in any order. Sorted by last name. */
export function filterPupils(
  pupils: readonly Pupil[],
  cyclesOf: (pupilId: string) => readonly Cycle[],
  filter: PupilFilter,
  today: string,
): Pupil[] {
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return pupils
    .filter((p) => Boolean(p.archivedOn) === Boolean(filter.archived))
    .filter((p) => !filter.status || p.senStatus.code === filter.status)
    .filter((p) => !filter.need || p.needs.some((n) => n.code === filter.need))
    .filter((p) => !filter.tier || p.tier === filter.tier)
    .filter((p) => !filter.yearGroup || p.yearGroup === filter.yearGroup)
    .filter((p) => !filter.review || matchesReview(openCycle(cyclesOf(p.id)), filter.review, today))
    .filter((p) => words.every((w) => `${p.firstName} ${p.lastName} ${p.upn ?? ""}`.toLowerCase().includes(w)))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

function matchesReview(cycle: Cycle | undefined, review: "due" | "overdue", today: string): boolean {
  if (!cycle) return false;
  const kind = reviewState(cycle, today).kind;
  return kind === "overdue" || (review === "due" && kind === "due-soon");
}
