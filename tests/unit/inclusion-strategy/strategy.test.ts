import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { demoAudit } from "@/demo-school/demo-audit";
import { generateDemoSchool } from "@/demo-school/generate";
import { blocksDocx } from "@/document-blocks/blocks-docx";
import { blocksPdf } from "@/document-blocks/blocks-pdf";
import { aYearOn } from "@/graduated-approach/a-year-on";
import { budgetBySource, buildStrategyDraft, EXPORT_HEADINGS, strategyDocument } from "@/inclusion-strategy";
import { plannedCost } from "@/inclusion-strategy/activity-cost";
import { group } from "../../fixtures/interventions";
import { docxText } from "../../support/docx-text";
import { pdfBytesPages } from "../../support/pdf-text";

const today = "2026-10-05";
const framework = loadBuiltInFramework();
const school = generateDemoSchool({ pupils: 30, seed: 7, today });
const audit = demoAudit(framework, school.setting.name, "school", today, 7);
const onRoster = school.pupils.slice(0, 3).map((p) => ({ pupilId: p.id, joined: "2026-09-07" }));
const imfGroup = group({ fundingSource: "inclusive-mainstream-fund", roster: onRoster, tier: "targeted" });
const draft = buildStrategyDraft({ settingName: school.setting.name, framework, audit, interventions: [imfGroup], pupils: school.pupils, cycles: school.cycles, today });
const pdfOptions = { creationDate: new Date("2026-10-05T12:00:00Z"), fileId: "0".repeat(32) };

/** Every demo pupil's first name, last name and UPN: none may appear in the strategy. */
const identifiers = school.pupils.flatMap((p) => [`${p.firstName} ${p.lastName}`, p.lastName, ...(p.upn ? [p.upn] : [])]);

describe("inclusion strategy draft", () => {
  it("runs for a year and is reviewed a year on", () => {
    expect(draft.periodFrom).toBe("2026-10-05");
    expect(draft.reviewOn).toBe("2027-10-05");
    expect(aYearOn("2028-02-29")).toBe("2029-02-28");
  });

  it("budgets the group under its funding source at its planned cost", () => {
    // £24 an hour × 30 min = £12 a session, 2 a week; from 5 Oct to 18 Dec is 75 days, 11 whole weeks (15 from 7 Sep).
    const activity = draft.activities.find((a) => a.from === "intervention")!;
    expect(activity.fundingSource).toBe("inclusive-mainstream-fund");
    expect(activity.budgetedCost).toBe(12 * 2 * 11);
    expect(activity.pupilCount).toBe(3);
    expect(plannedCost(imfGroup, { from: "2026-09-07", to: "2027-08-31" })).toBe(12 * 2 * 15);
    const lines = budgetBySource(draft.activities);
    expect(lines.map((l) => l.source)).toEqual(["notional-sen-budget", "core-budget", "inclusive-mainstream-fund"]);
    expect(lines.find((l) => l.source === "core-budget")).toEqual({ source: "core-budget", label: "Core budget", total: 0, activities: 0 });
    expect(lines.find((l) => l.source === "inclusive-mainstream-fund")?.total).toBe(12 * 2 * 11);
  });

  it("adds individual costed provision from current plans, counted not named", () => {
    const provision = draft.activities.filter((a) => a.from === "costed-provision");
    expect(provision.length).toBeGreaterThan(0);
    expect(provision.every((a) => a.fundingSource === "notional-sen-budget" && a.budgetedCost > 0 && a.pupilCount > 0)).toBe(true);
  });

  it("lists the self-audit's gaps as barriers", () => {
    expect(draft.text.barriers).toMatch(/^The self-audit found these gaps/);
    expect(draft.text.strengths).toContain(framework.name);
  });

  it("prints every heading in the PDF and holds no pupil's name or UPN", () => {
    const text = pdfBytesPages(blocksPdf(strategyDocument(draft), pdfOptions)).join("\n").replace(/\s+/g, " ");
    for (const heading of EXPORT_HEADINGS) expect(text).toContain(heading);
    expect(text).toContain("Inclusive Mainstream Fund");
    for (const id of identifiers) expect(text).not.toContain(id);
  });

  it("writes every heading to the Word file's document.xml and no pupil's name or UPN", async () => {
    const text = docxText(await blocksDocx(strategyDocument(draft)));
    for (const heading of EXPORT_HEADINGS) expect(text).toContain(heading);
    expect(text).toContain("Notional SEN budget");
    for (const id of identifiers) expect(text).not.toContain(id);
  });
});

describe("who an activity is for", () => {
  it("leaves out the year groups of a group of fewer than three pupils", async () => {
    const { describeWhoFor } = await import("@/inclusion-strategy/who-for");
    const two = school.pupils.slice(0, 2);
    expect(describeWhoFor(two, today, { framework })).toBe("fewer than 3 pupils");
    expect(describeWhoFor(school.pupils.slice(0, 3), today, { framework })).toMatch(/^(Year \d+|Reception|Nursery \d)/);
  });
});
