import { levelById, topAreaOf } from "./queries";
import type { Framework, Level, Phase, Statement } from "./schema";

/** The framework's need descriptors for a phase, in its order; only those in the given top-level areas when some are given. */
export function needDescriptors(framework: Framework, phase: Phase, areas?: readonly string[]): Statement[] {
  return framework.statements.filter(
    (s) => s.kind === "need-descriptor" && s.phases.includes(phase) && (!areas?.length || areas.includes(topAreaOf(framework, s.area)?.id ?? s.area)),
  );
}

/** Ticks or unticks a descriptor; ticking one in a "choose-one" group unticks the others in that group. */
export function toggleDescriptor(framework: Framework, ticked: readonly string[], id: string, on: boolean): string[] {
  if (!on) return ticked.filter((t) => t !== id);
  const statement = framework.statements.find((s) => s.id === id);
  const group = framework.groups.find((g) => g.id === statement?.group);
  const rivals = group?.rule === "choose-one" ? new Set(framework.statements.filter((s) => s.group === group.id).map((s) => s.id)) : new Set<string>();
  return [...ticked.filter((t) => !rivals.has(t)), id];
}

export interface PointedLevel {
  level: Level;
  /** The tier's place, 1 (Universal) to 4 (Specialist). */
  tierPlace: number;
}

/**
 * The level the ticked descriptors point to: the highest among them, by the tier it counts as and then by the
 * framework's order of levels. Undefined when none is ticked (or none is still in the framework).
 */
export function pointedLevel(framework: Framework, ticked: readonly string[]): PointedLevel | undefined {
  let best: PointedLevel | undefined;
  let bestOrder = -1;
  for (const id of ticked) {
    const s = framework.statements.find((x) => x.id === id && x.kind === "need-descriptor");
    const level = s ? levelById(framework, s.level) : undefined;
    if (!level) continue;
    const tierPlace = framework.tiers.findIndex((t) => t.id === level.tier) + 1;
    const order = framework.levels.indexOf(level);
    if (!best || tierPlace > best.tierPlace || (tierPlace === best.tierPlace && order > bestOrder)) {
      best = { level, tierPlace };
      bestOrder = order;
    }
  }
  return best;
}
