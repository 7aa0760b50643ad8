import type { AuditScale, ScaleLevel } from "@/commitment-framework/schema";

/** The scale's levels from lowest to highest value. */
export function sortedLevels(scale: AuditScale): ScaleLevel[] {
  return [...scale.levels].sort((a, b) => a.value - b.value);
}

export function scaleMax(scale: AuditScale): number {
  return Math.max(...scale.levels.map((l) => l.value));
}

export function scaleMin(scale: AuditScale): number {
  return Math.min(...scale.levels.map((l) => l.value));
}

export function isOnScale(scale: AuditScale, value: number): boolean {
  return scale.levels.some((l) => l.value === value);
}

/** "Developing", or "Not rated" when there is no rating yet. */
export function ratingLabel(scale: AuditScale, value: number | undefined): string {
  if (value === undefined) return "Not rated";
  return scale.levels.find((l) => l.value === value)?.label ?? `Rating ${value}`;
}

/** The level nearest to a mean rating (ties go to the lower level, the cautious reading). */
export function nearestLevel(scale: AuditScale, mean: number): ScaleLevel {
  let best = sortedLevels(scale)[0]!;
  for (const level of sortedLevels(scale)) {
    if (Math.abs(level.value - mean) < Math.abs(best.value - mean)) best = level;
  }
  return best;
}
