import { z } from "zod";
import type { Phase } from "@/commitment-framework/schema";

/** National curriculum year groups, from the first nursery year to the last post-16 year. */
export const YearGroup = z.enum([
  "N1", "N2", "R", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Y8", "Y9", "Y10", "Y11", "Y12", "Y13", "Y14",
]);
export type YearGroup = z.infer<typeof YearGroup>;

/** Years after reception: N1 = -2, N2 = -1, R = 0, Y1 = 1 … Y14 = 14. */
export function yearOffset(year: YearGroup): number {
  if (year === "N1") return -2;
  if (year === "N2") return -1;
  if (year === "R") return 0;
  return Number(year.slice(1));
}

export function yearGroupLabel(year: YearGroup): string {
  if (year === "N1" || year === "N2") return `Nursery ${year.slice(1)}`;
  if (year === "R") return "Reception";
  return `Year ${year.slice(1)}`;
}

/** The usual phase for a year group: nursery and reception are early years (EYFS), 12 and up post-16. */
export function phaseForYearGroup(year: YearGroup): Phase {
  const offset = yearOffset(year);
  if (offset <= 0) return "early-years";
  return offset <= 11 ? "school" : "post-16";
}
