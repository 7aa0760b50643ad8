import type { z } from "zod";
import { BROAD_AREA_LABELS } from "./broad-area";
import type { FrameworkFields } from "./schema";

type Fields = z.infer<typeof FrameworkFields>;
type Path = (string | number)[];

export const MAX_AREA_DEPTH = 3;

/** Cross-checks a framework: every reference resolves, ids are unique, the area tree is sound and placed. */
export function checkFramework(fw: Fields, ctx: z.RefinementCtx): void {
  const add = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });
  const tierIds = new Set(fw.tiers.map((t) => t.id));
  const levelIds = new Set(fw.levels.map((l) => l.id));
  const areaIds = new Set(fw.areas.map((a) => a.id));
  const groupIds = new Set(fw.groups.map((g) => g.id));
  const statementIds = new Set(fw.statements.map((s) => s.id));
  unique(fw.tiers.map((t) => t.id), ["tiers"], "tier", add);
  unique(fw.levels.map((l) => l.id), ["levels"], "level", add);
  unique(fw.areas.map((a) => a.id), ["areas"], "area", add);
  unique(fw.groups.map((g) => g.id), ["groups"], "group", add);
  unique(fw.statements.map((s) => s.id), ["statements"], "statement", add);
  unique(fw.catalogue.map((c) => c.id), ["catalogue"], "catalogue item", add);
  unique(fw.auditScale.levels.map((l) => String(l.value)), ["auditScale", "levels"], "scale value", add);

  fw.levels.forEach((l, i) => {
    if (!tierIds.has(l.tier)) add(["levels", i, "tier"], `tier "${l.tier}" is not one of the framework's four tiers`);
  });
  checkAreas(fw, add);
  fw.statements.forEach((s, i) => {
    const path = ["statements", i];
    if (!areaIds.has(s.area)) add([...path, "area"], `area "${s.area}" is not one of the framework's areas`);
    if (!levelIds.has(s.level)) add([...path, "level"], `level "${s.level}" is not one of the framework's levels`);
    if (s.group !== undefined && !groupIds.has(s.group)) add([...path, "group"], `group "${s.group}" is not one of the framework's descriptor groups`);
    if (s.group !== undefined && s.kind !== "need-descriptor") add([...path, "group"], "only need descriptors can belong to a group");
    s.phases.forEach((p, j) => {
      if (!fw.phases.includes(p)) add([...path, "phases", j], `phase "${p}" is not one of the framework's phases`);
    });
  });
  fw.catalogue.forEach((c, i) => {
    const path = ["catalogue", i, "links"];
    c.links.areas.forEach((a, j) => areaIds.has(a) || add([...path, "areas", j], `area "${a}" is not one of the framework's areas`));
    c.links.levels.forEach((l, j) => levelIds.has(l) || add([...path, "levels", j], `level "${l}" is not one of the framework's levels`));
    c.links.statements.forEach((s, j) => statementIds.has(s) || add([...path, "statements", j], `statement "${s}" is not one of the framework's statements`));
  });
}

function checkAreas(fw: Fields, add: (path: Path, message: string) => void) {
  const byId = new Map(fw.areas.map((a) => [a.id, a]));
  const places = Object.keys(BROAD_AREA_LABELS).join(", ");
  fw.areas.forEach((area, i) => {
    const path = ["areas", i];
    const parent = area.parent === undefined ? undefined : byId.get(area.parent);
    if (area.parent !== undefined && !parent) {
      add([...path, "parent"], `parent "${area.parent}" is not one of the framework's areas`);
      return;
    }
    let depth = 1;
    const seen = new Set([area.id]);
    for (let up = parent; up; up = up.parent === undefined ? undefined : byId.get(up.parent)) {
      if (seen.has(up.id)) {
        add([...path, "parent"], "areas must not sit inside themselves");
        return;
      }
      seen.add(up.id);
      depth++;
    }
    if (depth > MAX_AREA_DEPTH) add([...path, "parent"], `is ${depth} levels deep; areas go at most ${MAX_AREA_DEPTH} deep (area, sub-area, group)`);
    if (parent && parent.kind !== area.kind) add([...path, "kind"], `is "${area.kind}" but sits under "${parent.id}", which is "${parent.kind}"`);
    if (area.kind === "whole-setting" && area.broadArea) add([...path, "broadArea"], "a whole-setting heading belongs to no broad area of need; remove broadArea");
    if (area.kind === "need" && !parent && !area.broadArea) {
      add([...path, "broadArea"], `says which broad area of need it belongs to nowhere: add "broadArea" with one of ${places}`);
    }
  });
}

function unique(ids: string[], path: Path, noun: string, add: (path: Path, message: string) => void) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add([...path, i, "id"], `id "${id}" is used by an earlier ${noun}`);
    seen.add(id);
  });
}
