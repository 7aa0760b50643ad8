import type { OpenCycleGlance, SummaryOf } from "./cycle-summary";
import type { SenNeedCode, SenStatusCode } from "./census-codes";
import type { Pupil } from "./pupil";
import { openReviewState } from "./review-due";
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

/**
 * Pupils matching every filter; text matches first name, last name and UPN, in any order. Sorted by last name.
 * Runs on every keystroke of the register's search, so each pupil's lowercase search text and each list's
 * sorted order are worked out once and kept (keyed by the record and list objects, which are replaced, not
 * changed, when a pupil is edited).
 */
export function filterPupils(
  pupils: readonly Pupil[],
  summaryOf: SummaryOf,
  filter: PupilFilter,
  today: string,
): Pupil[] {
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return sortedByName(pupils).filter(
    (p) =>
      Boolean(p.archivedOn) === Boolean(filter.archived) &&
      (!filter.status || p.senStatus.code === filter.status) &&
      (!filter.need || p.needs.some((n) => n.code === filter.need)) &&
      (!filter.tier || p.tier === filter.tier) &&
      (!filter.yearGroup || p.yearGroup === filter.yearGroup) &&
      (!filter.review || matchesReview(summaryOf(p.id)?.open, filter.review, today)) &&
      (words.length === 0 || matchesWords(searchKey(p), words)),
  );
}

const searchKeys = new WeakMap<Pupil, string>();
const sortedLists = new WeakMap<readonly Pupil[], readonly Pupil[]>();
const byName = new Intl.Collator(undefined);

/** The text a search looks in: first name, last name and UPN, lower case. */
export function searchKey(pupil: Pupil): string {
  let key = searchKeys.get(pupil);
  if (key === undefined) {
    key = `${pupil.firstName} ${pupil.lastName} ${pupil.upn ?? ""}`.toLowerCase();
    searchKeys.set(pupil, key);
  }
  return key;
}

function matchesWords(key: string, words: readonly string[]): boolean {
  for (const word of words) if (!key.includes(word)) return false;
  return true;
}

function sortedByName(pupils: readonly Pupil[]): readonly Pupil[] {
  let sorted = sortedLists.get(pupils);
  if (!sorted) {
    sorted = [...pupils].sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
    sortedLists.set(pupils, sorted);
  }
  return sorted;
}

function matchesReview(open: OpenCycleGlance | undefined, review: "due" | "overdue", today: string): boolean {
  const kind = openReviewState(open, today).kind;
  return kind === "overdue" || (review === "due" && kind === "due-soon");
}
