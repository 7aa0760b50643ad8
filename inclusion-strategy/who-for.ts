import type { Framework } from "@/commitment-framework/schema";
import { tierById } from "@/commitment-framework/queries";
import { currentYearGroup } from "@/graduated-approach/current-year-group";
import type { Pupil } from "@/graduated-approach/pupil";
import { yearGroupLabel, yearOffset } from "@/graduated-approach/year-group";

/** Groups smaller than this are described without their year groups or size. */
export const SMALL_GROUP = 3;

/**
 * Who an activity is for, without naming anyone: the year groups of its pupils, the tier and the area of
 * need, e.g. "Year 3 to Year 5 · Targeted · Cognition and learning". Pupils' names never leave this function.
 */
export function describeWhoFor(
  pupils: readonly Pick<Pupil, "yearGroup" | "cohort">[],
  today: string,
  extras: { framework: Framework; tier?: string; area?: string },
): string {
  const years = [...new Set(pupils.map((p) => currentYearGroup(p, today)))].sort((a, b) => yearOffset(a) - yearOffset(b));
  const parts: string[] = [];
  // Year groups of fewer than SMALL_GROUP pupils could point to a child, so they are left out.
  if (pupils.length < SMALL_GROUP) parts.push(`fewer than ${SMALL_GROUP} pupils`);
  else if (years.length === 1) parts.push(yearGroupLabel(years[0]!));
  else if (years.length > 1) parts.push(`${yearGroupLabel(years[0]!)} to ${yearGroupLabel(years[years.length - 1]!)}`);
  const tier = extras.tier ? tierById(extras.framework, extras.tier)?.name : undefined;
  if (tier) parts.push(tier);
  const area = extras.area ? extras.framework.areas.find((a) => a.id === extras.area)?.name : undefined;
  if (area) parts.push(area);
  return parts.join(" · ");
}

