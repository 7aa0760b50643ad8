import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { generateDemoSchool } from "@/demo-school/generate";
import { blocksPdf } from "@/document-blocks/blocks-pdf";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import { buildIsp, ISP_HEADINGS, ispDocument, ispJson, ispPlainDocument, NOT_NATIONAL_NOTE, PLAIN_BODY_SIZE, PLAIN_HEADINGS, readIspJson } from "@/support-plan";
import { group } from "../../fixtures/interventions";
import { pdfBytesPages } from "../../support/pdf-text";

const today = "2026-03-20";
const framework = loadBuiltInFramework();
const school = generateDemoSchool({ pupils: 30, seed: 3, today });
const byPupil = cyclesByPupil(school.cycles);
const pupil = school.pupils.find((p) => p.senStatus.code === "K" && (byPupil.get(p.id) ?? []).length > 0)!;
const cycles = byPupil.get(pupil.id)!;
const phonics = group({
  name: "Testy phonics group",
  schedule: { days: ["monday", "wednesday"], startTime: "09:15", place: "Library", sessionsPerWeek: 2, sessionMinutes: 30, startDate: "2026-01-05", endDate: "2026-07-17" },
  roster: [{ pupilId: pupil.id, joined: "2026-01-05" }],
});
const left = group({ id: "int-2", name: "Group the pupil left", roster: [{ pupilId: pupil.id, joined: "2025-09-01", left: "2025-12-19" }] });
const result = buildIsp({ pupil, cycles, interventions: [phonics, left], framework, settingName: school.setting.name, today });
if (!result.ok) throw new Error(result.message);
const isp = result.isp;
const pdfOptions = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "1".repeat(32) };
const flat = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

describe("individual support plan", () => {
  it("takes the layer from the pupil's tier and the plan from the open cycle", () => {
    expect(isp.layer).toEqual({ tierId: pupil.tier, name: framework.tiers.find((t) => t.id === pupil.tier)!.name });
    const open = cycles.find((c) => c.status === "open")!;
    expect(isp.cycle).toEqual({ number: open.number, openedOn: open.openedOn });
    expect(isp.outcomes.map((o) => o.what)).toEqual(open.stages.plan.outcomes.map((o) => o.what));
  });

  it("includes group interventions the pupil is on now, with when and where, and not ones they left", () => {
    const groups = isp.provision.filter((p) => p.kind === "group");
    expect(groups).toEqual([{
      title: "Testy phonics group", area: "", kind: "group", who: "Ada Example (Teaching assistant)",
      when: "2 sessions a week, 30 minutes each, Monday and Wednesday at 09:15, Library", from: "2026-01-05", to: "2026-07-17",
    }]);
    expect(isp.responsibilities).toContainEqual({ who: "Ada Example", what: "Runs Testy phonics group", when: groups[0]!.when });
  });

  it("is reviewed at least once a year", () => {
    const lastHeld = cycles.map((c) => c.stages.review.reviewedOn).filter(Boolean).sort().at(-1);
    expect(isp.reviews.lastHeld).toBe(lastHeld);
    expect(isp.reviews.dueByAtLatest).toBe(`${Number(lastHeld!.slice(0, 4)) + 1}${lastHeld!.slice(4)}`);
  });

  it("says so when the pupil has no cycle", () => {
    const none = buildIsp({ pupil, cycles: [], interventions: [], framework, settingName: "Testy", today });
    expect(none).toEqual({ ok: false, message: `${pupil.firstName} ${pupil.lastName} has no assess, plan, do, review cycle yet, so there is no plan to show. Start a cycle first.` });
  });

  it("round-trips through its versioned JSON format", () => {
    const text = ispJson(isp);
    expect(JSON.parse(text)).toMatchObject({ format: "send-companion-isp", formatVersion: 1, nationalFormat: "not yet published" });
    expect(readIspJson(text)).toEqual({ ok: true, isp });
  });

  it("explains a file it cannot read in plain English", () => {
    expect(readIspJson("{")).toEqual({ ok: false, message: "The file is not JSON, so it cannot be an individual support plan." });
    expect(readIspJson(JSON.stringify({ ...isp, formatVersion: 2 }))).toEqual({ ok: false, message: "The file is an individual support plan in format version 2, which this version of SEND Companion cannot read." });
    const broken = readIspJson(JSON.stringify({ ...isp, layer: {} }));
    expect(broken.ok ? "" : broken.message).toBe("The file is damaged: layer > tierId is missing.");
  });

  it("prints every heading of the full plan, and that the national format is not yet published", () => {
    const text = flat(pdfBytesPages(blocksPdf(ispDocument(isp), pdfOptions)));
    for (const heading of Object.values(ISP_HEADINGS)) expect(text).toContain(heading);
    expect(text).toContain(NOT_NATIONAL_NOTE);
    expect(text).toContain(`Individual support plan: ${pupil.firstName} ${pupil.lastName}`);
    expect(text).toContain("Testy phonics group");
  });

  it("prints the plain-language version in large type with every heading and only the first name", () => {
    const pdf = blocksPdf(ispPlainDocument(isp), { ...pdfOptions, bodySize: PLAIN_BODY_SIZE });
    const text = flat(pdfBytesPages(pdf));
    for (const heading of Object.values(PLAIN_HEADINGS)) expect(text).toContain(heading);
    expect(text).toContain(`${pupil.firstName}'s support plan`);
    expect(text).not.toContain(`${pupil.firstName} ${pupil.lastName}`);
    expect(text).toContain("Tell us what is going well at home.");
    expect(PLAIN_BODY_SIZE).toBeGreaterThanOrEqual(14);
  });
});

describe("docs/isp-format.md and docs/isp.schema.json", () => {
  it("the JSON Schema in docs is the one the zod schema makes", async () => {
    const { readFileSync } = await import("node:fs");
    const { ispJsonSchema } = await import("@/support-plan/json-schema");
    expect(JSON.parse(readFileSync("docs/isp.schema.json", "utf8"))).toEqual(ispJsonSchema());
  });

  it("documents every top-level field, and its example reads as a version-1 plan", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync("docs/isp-format.md", "utf8");
    for (const key of Object.keys(isp)) expect(doc).toContain(`\`${key}`);
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(readIspJson(example).ok).toBe(true);
  });
});
