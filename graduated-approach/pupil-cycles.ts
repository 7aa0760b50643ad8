import type { Cycle } from "./cycle";

/** The pupil's open cycle, if there is one (there is at most one). */
export function openCycle(cycles: readonly Cycle[]): Cycle | undefined {
  return cycles.find((c) => c.status === "open");
}

/** The cycle with the highest number. */
export function latestCycle(cycles: readonly Cycle[]): Cycle | undefined {
  return cycles.reduce<Cycle | undefined>((latest, c) => (!latest || c.number > latest.number ? c : latest), undefined);
}

/** Cycles grouped by pupil id. */
export function cyclesByPupil(cycles: readonly Cycle[]): Map<string, Cycle[]> {
  const map = new Map<string, Cycle[]>();
  for (const c of cycles) map.set(c.pupilId, [...(map.get(c.pupilId) ?? []), c]);
  return map;
}
