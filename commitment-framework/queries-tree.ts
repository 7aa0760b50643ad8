import { BroadArea } from "./broad-area";
import type { Area, Framework, Level, Statement, Tier } from "./schema";

/** The area and every area above it, top first. */
export function areaPath(framework: Framework, id: string): Area[] {
  const byId = new Map(framework.areas.map((a) => [a.id, a]));
  const path: Area[] = [];
  for (let area = byId.get(id); area && path.length < 4; area = area.parent ? byId.get(area.parent) : undefined) path.unshift(area);
  return path;
}

/** The top-level area an area sits in (itself when it is top-level). */
export function topAreaOf(framework: Framework, id: string): Area | undefined {
  return areaPath(framework, id)[0];
}

/** The broad area of need an area belongs to: its own, or the nearest one above it. Undefined for whole-setting headings. */
export function broadAreaOf(framework: Framework, id: string): BroadArea | undefined {
  const path = areaPath(framework, id);
  if (path.length === 0) return BroadArea.safeParse(id).data;
  if (path[0]!.kind !== "need") return undefined;
  return path.reverse().find((a) => a.broadArea)?.broadArea;
}

/** Top-level need areas in the given broad areas, in the framework's order. */
export function needAreasIn(framework: Framework, broad: readonly BroadArea[]): Area[] {
  return framework.areas.filter((a) => a.kind === "need" && !a.parent && a.broadArea && broad.includes(a.broadArea));
}

/** Top-level areas of one kind, in the framework's order. */
export function topAreas(framework: Framework, kind?: Area["kind"]): Area[] {
  return framework.areas.filter((a) => !a.parent && (!kind || a.kind === kind));
}

export function levelById(framework: Framework, id: string): Level | undefined {
  return framework.levels.find((l) => l.id === id);
}

/** The id of the tier a level counts as; the level id itself for a version-1 style tier id. */
export function levelTier(framework: Framework, levelId: string): string {
  return levelById(framework, levelId)?.tier ?? levelId;
}

/** The tier a statement is at, through its level. */
export function statementTier(framework: Framework, statement: Pick<Statement, "level">): string {
  return levelTier(framework, statement.level);
}

/** "Band 3 (Targeted Plus)", or just the tier's name when the level is named the same. */
export function levelAndTier(framework: Framework, levelId: string): string {
  const level = levelById(framework, levelId);
  const tier: Tier | undefined = framework.tiers.find((t) => t.id === levelTier(framework, levelId));
  if (!level) return tier?.name ?? levelId;
  if (!tier || tier.name === level.name) return level.name;
  return `${level.name} (${tier.name})`;
}
