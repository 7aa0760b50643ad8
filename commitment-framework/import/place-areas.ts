import { BROAD_AREA_LABELS, guessBroadArea } from "../broad-area";
import type { Area } from "../schema-parts";
import type { FrameworkMapping } from "./mapping";
import { norm } from "./source-rows";
import { slug } from "./values";

const PLACES = `${Object.keys(BROAD_AREA_LABELS).join(", ")} or whole-setting`;

/** Builds the area tree as rows name it: each path adds the areas it needs and gives back the id of its last part. */
export function createAreaTree(mapping: FrameworkMapping, report: (where: string, message: string) => void) {
  const areas: Area[] = [];
  const byKey = new Map<string, string>();
  const placements = new Map(Object.entries(mapping.areas).map(([name, place]) => [norm(name), place]));
  const unplaced = new Set<string>();

  function add(path: readonly string[], where: string): string | undefined {
    let parentId: string | undefined;
    for (let depth = 0; depth < path.length; depth++) {
      const name = path[depth]!;
      const key = path.slice(0, depth + 1).map(norm).join(" > ");
      let id = byKey.get(key);
      if (!id) {
        id = parentId ? `${parentId}.${slug(name)}` : slug(name);
        areas.push(parentId ? { id, name, kind: areas.find((a) => a.id === parentId)!.kind, parent: parentId } : topArea(id, name, where));
        byKey.set(key, id);
      }
      parentId = id;
    }
    return parentId;
  }
  function topArea(id: string, name: string, where: string): Area {
    const place = placements.get(norm(name)) ?? guessBroadArea(name);
    if (place === "whole-setting") return { id, name, kind: "whole-setting" };
    if (place) return { id, name, kind: "need", broadArea: place };
    if (!unplaced.has(id)) report(where, `area "${name}" cannot be placed in a broad area of need: add it to "areas" in the mapping as ${PLACES}`);
    unplaced.add(id);
    return { id, name, kind: "need" };
  }

  return { areas, add };
}
