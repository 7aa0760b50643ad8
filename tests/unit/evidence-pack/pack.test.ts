import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { buildEvidencePack, EvidencePack, evidencePackJson, SENSITIVITY } from "@/evidence-pack/pack";
import { ageInYears } from "@/evidence-pack/age";
import { packFileName } from "@/evidence-pack/pack-file-name";
import { applicableStatements } from "@/self-audit/applicable";
import { longDate } from "@/graduated-approach/long-date";
import { auditWith } from "../../fixtures/sample-audits";
import { delivered, group } from "../../fixtures/interventions";
import { PACK_UPN, packCycles, packPupil, SUBMISSION_DATE } from "../../fixtures/evidence-pack";

const framework = loadBuiltInFramework();
const setting = { name: "Nowhere Test Primary School (fake)" };
const build = (pseudonymise: boolean, extra: Partial<Parameters<typeof buildEvidencePack>[0]> = {}) =>
  buildEvidencePack({ pupil: packPupil(), cycles: packCycles(), framework, setting, submissionDate: SUBMISSION_DATE, pseudonymise, ...extra });

describe("evidence pack", () => {
  it("is a valid version 1 pack that survives a JSON round trip", () => {
    const pack = build(false);
    expect(pack.schemaVersion).toBe(1);
    expect(EvidencePack.parse(JSON.parse(evidencePackJson(pack)))).toEqual(JSON.parse(evidencePackJson(pack)));
  });

  it("names the pupil in full, with UPN and date of birth, and marks it official-sensitive", () => {
    const pack = build(false);
    expect(pack.sensitivity).toBe(SENSITIVITY.full);
    expect(pack.pupil).toMatchObject({ displayName: "Pip Testington", upn: PACK_UPN, dateOfBirth: "2016-05-04", ageYears: 9 });
    expect(pack.needs.census.map((n) => n.code)).toEqual(["SLCN", "SEMH"]);
    expect(pack.needs.areas.map((a) => a.areaId)).toEqual(["communication-interaction", "semh"]);
  });

  it("has every cycle, first to latest, with progress, impact and the decision", () => {
    const pack = build(false);
    expect(pack.cycles.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pack.cycles[0]!.outcomes[0]!.progress).toBe("Some progress");
    expect(pack.cycles[0]!.provisions[0]).toMatchObject({ impactRating: "Some impact", yearlyCost: 60 });
    expect(pack.cycles[4]!.decision).toBe("Request an EHC needs assessment");
    expect(pack.cycles[5]!.reviewedOn).toBeUndefined();
  });

  it("costs the latest plan against the SEN support threshold", () => {
    const map = build(false).provisionMap;
    expect(map).toMatchObject({ fromCycle: 6, total: 60, comparison: "within", difference: -5940 });
    expect(map.threshold?.amount).toBe(6000);
  });

  it("shows each group the pupil is in with their share of its cost and their own entry and exit values, in the total", async () => {
    const { pdfBytesPages } = await import("../../support/pdf-text");
    const { evidencePackPdf } = await import("@/evidence-pack/pdf/evidence-pack-pdf");
    const phonics = group({
      schedule: { days: ["monday"], sessionsPerWeek: 1, sessionMinutes: 30, startDate: "2026-01-05", endDate: "2026-07-17" },
      roster: [{ pupilId: "pupil-1", joined: "2026-01-05" }, { pupilId: "other", joined: "2026-01-05" }],
      sessions: [delivered("2026-01-05"), delivered("2026-01-12", ["pupil-1"])],
      measure: { name: "Reading age", unit: "months", higherIsBetter: true },
      measureValues: [{ pupilId: "pupil-1", entry: 84, exit: 90 }, { pupilId: "other", entry: 80, exit: 81 }],
    });
    const pack = build(false, { interventions: [phonics, group({ id: "int-2", name: "Not theirs" })] });
    // 2 sessions × £12 shared by 2 = £12; plus the plan's £60.
    expect(pack.provisionMap.groups).toEqual([{
      name: "Testy phonics group", who: "Teaching assistant", share: 12, delivered: 2, attended: 1, joined: "2026-01-05",
      measure: "Reading age", unit: "months", higherIsBetter: true, entry: 84, exit: 90, progress: 6,
    }]);
    expect(pack.provisionMap.total).toBe(72);
    const text = pdfBytesPages(evidencePackPdf(pack, { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "0".repeat(32) })).join("\n");
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toMatch(/Testy phonics group Teaching assistant 1 of 2 Reading age \(months\): 84 to 90, £12 \(from 5 January 2026\) progress \+6/);
    expect(flat).toMatch(/Total with the plan's provision £72/);
  });

  it("gathers advice and views in order, and says attendance is not recorded here", () => {
    const pack = build(false);
    expect(pack.externalAdvice).toHaveLength(6);
    expect(pack.views.pupil.map((v) => `${v.cycleNumber} ${v.stage}`).slice(0, 3)).toEqual(["1 assess", "1 review", "2 assess"]);
    expect(pack.views.meetings.map((m) => m.date)).toEqual(["2025-10-01", "2026-01-20"]);
    expect(pack.attendance).toEqual({ recorded: false, note: "Not recorded in SEND Companion: attach the MIS attendance summary." });
  });

  it("starts the statutory clock on the submission date: 6 weeks to decide, 20 weeks to a final plan", () => {
    expect(build(false).timeline).toMatchObject({ submissionDate: "2026-03-20", decisionBy: "2026-05-01", finalPlanBy: "2026-08-07" });
  });

  it("shows the setting's ordinarily available provision rated at the top two levels, in the pupil's areas only", () => {
    const statements = applicableStatements(framework, "school");
    const ratings = Object.fromEntries(statements.map((s, i) => [s.id, { rating: i % 4 }]));
    const audit = auditWith(framework, ratings, { completedOn: "2026-02-01" });
    const oap = build(false, { latestAudit: audit }).ordinarilyAvailable!;
    expect(oap.levels).toEqual(["Developing", "Maturing"]);
    expect(oap.statements.length).toBeGreaterThan(0);
    expect(new Set(oap.statements.map((s) => s.rating))).toEqual(new Set(["Developing", "Maturing"]));
    expect(new Set(oap.statements.map((s) => s.area)).size).toBeLessThanOrEqual(2);
    expect(build(false).ordinarilyAvailable).toBeNull();
  });

  it("pseudonymised: initials only, and no UPN, date of birth or name anywhere in the JSON", () => {
    const pack = build(true);
    const json = evidencePackJson(pack);
    expect(pack.sensitivity).toBe(SENSITIVITY.pseudonymised);
    expect(pack.pupil.displayName).toBe("P.T.");
    expect(pack.pupil.ageYears).toBeUndefined();
    expect(pack.pupil.ageBand).toBe("7 to 9");
    for (const secret of [PACK_UPN, "2016-05-04", longDate("2016-05-04"), "Pip", "Testington"]) expect(json).not.toContain(secret);
    expect(json).toContain("P.T. joins in more in the group.");
    expect(packFileName(pack, "pdf")).toBe("evidence-pack-pseudonymised-2026-03.pdf");
    expect(packFileName(build(false), "json")).toBe("evidence-pack-p-t-2026-03-20.json");
  });

  it("counts age in whole years, birthday included", () => {
    expect(ageInYears("2016-05-04", "2026-05-03")).toBe(9);
    expect(ageInYears("2016-05-04", "2026-05-04")).toBe(10);
  });
});
