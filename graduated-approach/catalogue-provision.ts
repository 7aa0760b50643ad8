import { topAreaOf } from "@/commitment-framework/queries";
import type { CatalogueItem, Framework } from "@/commitment-framework/schema";
import type { Provision } from "./cycle-stages";

/** Weeks in a school year, which a catalogue provision runs for until the SENCO says otherwise. */
export const SCHOOL_YEAR_WEEKS = 39;

/**
 * A plan provision filled in from a catalogue item: its hours as one weekly session (bespoke hours are left
 * for the SENCO), its staff role, hourly rate, weekly cap and group size, for a school year.
 */
export function provisionFromCatalogue(framework: Framework, item: CatalogueItem, area: string): Omit<Provision, "id"> {
  const minutes = item.hoursPerWeek === "bespoke" ? 0 : Math.round(item.hoursPerWeek * 60);
  const provision: Omit<Provision, "id"> = {
    title: item.name,
    area,
    who: item.staffRole ?? "",
    frequencyPerWeek: minutes > 0 ? 1 : 0,
    sessionMinutes: minutes,
    groupSize: item.groupSize,
    weeks: SCHOOL_YEAR_WEEKS,
    hourlyCost: item.hourlyRate ?? 0,
    catalogueItemId: item.id,
    frameworkVersion: framework.version,
  };
  if (item.weeklyCap !== undefined) provision.weeklyCap = item.weeklyCap;
  if (item.links.levels[0]) provision.level = item.links.levels[0];
  return provision;
}

/**
 * Catalogue items for a pupil: those linked to one of the pupil's areas (or an area inside one), or to a
 * statement in one, or linked to no area at all; only at levels whose tier is at or below the pupil's.
 */
export function catalogueForPupil(framework: Framework, areas: readonly string[], maxTierPlace: number): CatalogueItem[] {
  const tierPlace = (levelId: string) => {
    const tier = framework.levels.find((l) => l.id === levelId)?.tier;
    return framework.tiers.findIndex((t) => t.id === tier) + 1;
  };
  const inAreas = (areaId: string) => areas.includes(topAreaOf(framework, areaId)?.id ?? areaId);
  return framework.catalogue.filter((item) => {
    const { links } = item;
    const statementAreas = links.statements.map((id) => framework.statements.find((s) => s.id === id)?.area ?? "");
    const areaOk = (links.areas.length === 0 && links.statements.length === 0) || links.areas.some(inAreas) || statementAreas.some(inAreas);
    const levelOk = links.levels.length === 0 || links.levels.some((l) => tierPlace(l) <= Math.max(maxTierPlace, 1));
    return areaOk && levelOk;
  });
}

/** The top-level area a catalogue item is for, among the pupil's areas; the first of them otherwise. */
export function catalogueArea(framework: Framework, item: CatalogueItem, areas: readonly string[]): string | undefined {
  const linked = [...item.links.areas, ...item.links.statements.map((id) => framework.statements.find((s) => s.id === id)?.area ?? "")]
    .map((a) => topAreaOf(framework, a)?.id)
    .find((a) => a && areas.includes(a));
  return linked ?? areas[0];
}
