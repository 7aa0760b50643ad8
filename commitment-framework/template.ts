import type { FrameworkMappingInput } from "./import/mapping";
import { STANDARD_TIERS } from "./import/standard-tiers";
import type { FrameworkInput } from "./schema";

/**
 * The worked example of docs/framework-format.md and the downloadable JSON template: a made-up local authority
 * with five bands, an area tree, need descriptors in a choose-one group and two costed provisions.
 */
export function templateFramework(): FrameworkInput {
  return {
    schemaVersion: 2,
    id: "exampleshire-oap",
    name: "Exampleshire ordinarily available provision",
    localAuthority: "Exampleshire Council (fictional)",
    version: "2026.1",
    published: "2026-09-01",
    phases: ["early-years", "school", "post-16"],
    tiers: [...STANDARD_TIERS],
    levels: [
      { id: "band-1", name: "Band 1", tier: "universal" },
      { id: "band-2", name: "Band 2", tier: "targeted" },
      { id: "band-3", name: "Band 3", tier: "targeted" },
      { id: "band-4", name: "Band 4", tier: "targeted-plus" },
      { id: "band-5", name: "Band 5", tier: "specialist" },
    ],
    areas: [
      { id: "inclusion", name: "Inclusive whole-school practice", kind: "whole-setting" },
      { id: "ci", name: "Communication and interaction", kind: "need", broadArea: "communication-interaction" },
      { id: "ci.understanding", name: "Understanding language", kind: "need", parent: "ci" },
      { id: "semh", name: "Social, emotional and mental health", kind: "need", broadArea: "semh" },
    ],
    groups: [{ id: "ci-understanding", name: "How well the pupil understands spoken language", rule: "choose-one" }],
    statements: [
      { id: "inc-1", kind: "provision", area: "inclusion", level: "band-1", phases: ["early-years", "school", "post-16"], text: "Leaders check each term that adjustments in pupils' plans happen in lessons." },
      { id: "ci-1", kind: "provision", area: "ci.understanding", level: "band-1", phases: ["early-years", "school"], text: "Adults give one instruction at a time and show it with a gesture or picture.", strategies: ["Now and next board"], evidence: ["Lesson visit notes"] },
      { id: "ci-d2", kind: "need-descriptor", area: "ci.understanding", level: "band-2", group: "ci-understanding", phases: ["early-years", "school"], text: "Follows familiar routines but misses new or longer instructions." },
      { id: "ci-d4", kind: "need-descriptor", area: "ci.understanding", level: "band-4", group: "ci-understanding", phases: ["early-years", "school"], text: "Understands only single key words, even with pictures and gesture." },
      { id: "semh-2", kind: "provision", area: "semh", level: "band-2", phases: ["school", "post-16"], text: "A named adult meets the pupil at the start of each day to plan how it will go." },
    ],
    catalogue: [
      { id: "lang-group", name: "Small-group language programme", hoursPerWeek: 1.5, staffRole: "Teaching assistant", costCode: "TA2", hourlyRate: 21, groupSize: 3, links: { areas: ["ci.understanding"], levels: ["band-2", "band-3"], statements: ["ci-d2"] } },
      { id: "slt-1to1", name: "Speech and language therapy, one to one", hoursPerWeek: "bespoke", staffRole: "Speech and language therapist", costCode: "SLT", hourlyRate: 60, weeklyCap: 90, links: { areas: ["ci"], levels: ["band-4"] } },
    ],
  };
}

/** The columns of the spreadsheet template, one statement or costed provision a row. */
export const TEMPLATE_HEADERS = ["Id", "Area", "Sub-area", "Level", "Phase", "Kind", "Group", "Statement", "Hours a week", "Staff role", "Cost code", "Hourly rate", "Weekly cap", "Group size", "Serves"];

/** The template's rows: the worked example flattened, so the spreadsheet and the JSON say the same. */
export function templateRows(): string[][] {
  const fw = templateFramework();
  const area = (id: string) => {
    const a = fw.areas.find((x) => x.id === id)!;
    const parent = a.parent ? fw.areas.find((x) => x.id === a.parent)! : undefined;
    return parent ? [parent.name, a.name] : [a.name, ""];
  };
  const level = (id: string | undefined) => fw.levels.find((l) => l.id === id)?.name ?? "";
  const group = (id: string | undefined) => fw.groups?.find((g) => g.id === id)?.name ?? "";
  const statements = fw.statements.map((s) => [s.id, ...area(s.area), level(s.level), s.phases.join(", "), s.kind === "need-descriptor" ? "Descriptor" : "Provision", group(s.group), s.text, "", "", "", "", "", "", ""]);
  const catalogue = (fw.catalogue ?? []).map((c) => [c.id, ...area(c.links?.areas?.[0] ?? ""), level(c.links?.levels?.[0]), "", "Costed", "", c.name, String(c.hoursPerWeek), c.staffRole ?? "", c.costCode ?? "", c.hourlyRate === undefined ? "" : String(c.hourlyRate), c.weeklyCap === undefined ? "" : String(c.weeklyCap), String(c.groupSize ?? 1), [...(c.links?.levels ?? []).slice(1).map(level), ...(c.links?.statements ?? [])].join(", ")]);
  return [...statements, ...catalogue];
}

/** The mapping that reads the spreadsheet template back (what the workspace would save for it). */
export function templateMapping(): FrameworkMappingInput {
  const fw = templateFramework();
  return {
    mappingVersion: 1,
    framework: { id: fw.id, name: fw.name, localAuthority: fw.localAuthority, version: fw.version, published: fw.published },
    columns: {
      id: "Id", text: "Statement", area: ["Area", "Sub-area"], level: "Level", phase: "Phase", kind: "Kind", group: "Group",
      hours: "Hours a week", staffRole: "Staff role", costCode: "Cost code", rate: "Hourly rate", weeklyCap: "Weekly cap", groupSize: "Group size", links: "Serves",
    },
    levels: fw.levels.map((l) => ({ value: l.name, tier: l.tier as "universal" })),
    areas: { "Inclusive whole-school practice": "whole-setting" },
    kinds: { "need-descriptor": ["Descriptor"], catalogue: ["Costed"] },
  };
}
