import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { academicYear, academicYearOf, gridByArea, gridByTier, groupSharesTotal, provisionLines, pupilGroups, settingTotals } from "@/provision-map";
import { fakePupil, goodCycle } from "../../fixtures/graduated";
import { delivered, group } from "../../fixtures/interventions";

const framework = loadBuiltInFramework();
const ada = fakePupil({ id: "p1", firstName: "Ada", lastName: "Example", yearGroup: "Y4", tier: "targeted" });
const testy = fakePupil({ id: "p2", firstName: "Testy", lastName: "McTestface", yearGroup: "Y2", tier: "targeted-plus" });
const gone = fakePupil({ id: "p3", yearGroup: "Y2", archivedOn: "2026-09-20" });
const phonics = group({
  area: "cognition-learning",
  fundingSource: "pupil-premium",
  roster: [{ pupilId: "p1", joined: "2026-09-07" }, { pupilId: "p2", joined: "2026-09-07" }, { pupilId: "p3", joined: "2026-09-07" }],
  sessions: [delivered("2026-09-07", ["p2"]), delivered("2026-09-09")],
  measure: { name: "Standardised score", unit: "points", higherIsBetter: true },
  measureValues: [{ pupilId: "p1", entry: 82, exit: 88 }],
});
// The cycle's provision: 3 × 20 min × 10 weeks × £18 ÷ 3 = £60, in communication and interaction.
const cycle = goodCycle({ pupilId: "p1" });
const lines = provisionLines({ pupils: [ada, testy, gone], cycles: [cycle], interventions: [phonics], framework, range: academicYear(2026), today: "2026-10-01" });

describe("a pupil's groups", () => {
  it("gives their share, sessions from the group's log and their own entry and exit values", () => {
    const [row] = pupilGroups([phonics], "p2", academicYearOf("2026-10-01"));
    // 2 sessions × £12 shared by 3 = £8 each; p2 absent from the first.
    expect(row).toMatchObject({ name: "Testy phonics group", share: 8, delivered: 2, attended: 1, joined: "2026-09-07" });
    expect(row!.entry).toBeUndefined();
    expect(pupilGroups([phonics], "p1")[0]).toMatchObject({ entry: 82, exit: 88, progress: 6 });
    expect(pupilGroups([phonics], "nobody")).toEqual([]);
    expect(groupSharesTotal([{ share: 8.005 }, { share: 0.1 }])).toBe(8.11);
  });

  it("finds the school year of a date", () => {
    expect(academicYearOf("2027-03-01")).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(academicYearOf("2026-09-01")).toEqual({ from: "2026-09-01", to: "2027-08-31" });
  });
});

describe("whole-setting provision", () => {
  it("adds plan provision and group shares, leaving archived pupils out", () => {
    expect(lines.map((l) => [l.source, l.pupilId, l.cost, l.broadArea])).toEqual([
      ["plan", "p1", 60, "communication-interaction"],
      ["group", "p1", 8, "cognition-learning"],
      ["group", "p2", 8, "cognition-learning"],
    ]);
  });

  it("totals by area, tier, year group, staff and funding source", () => {
    const totals = settingTotals(lines, framework);
    expect(totals.total).toBe(76);
    expect(totals.pupils).toBe(2);
    expect(totals.byArea).toEqual([{ label: "Communication and interaction", cost: 60, pupils: 1 }, { label: "Cognition and learning", cost: 16, pupils: 2 }]);
    expect(totals.byTier).toEqual([{ label: "Targeted", cost: 68, pupils: 1 }, { label: "Targeted Plus", cost: 8, pupils: 1 }]);
    expect(totals.byYearGroup).toEqual([{ label: "Year 4", cost: 68, pupils: 1 }, { label: "Year 2", cost: 8, pupils: 1 }]);
    expect(totals.byFunding).toEqual([{ label: "Not recorded", cost: 60, pupils: 1 }, { label: "Pupil premium", cost: 16, pupils: 2 }]);
    expect(totals.byStaff.map((r) => r.label)).toEqual(["Mr Fakeham (TA)", "Ada Example"]);
  });

  it("lays costs out by year group and broad area, and by tier, with totals that add up", () => {
    const byArea = gridByArea(lines);
    expect(byArea.columns.map((c) => c.label)).toEqual(["Communication and interaction", "Cognition and learning", "Social, emotional and mental health", "Sensory and/or physical"]);
    expect(byArea.rows.map((r) => [r.label, r.cells, r.total, r.pupils])).toEqual([["Year 2", [0, 8, 0, 0], 8, 1], ["Year 4", [60, 8, 0, 0], 68, 1]]);
    expect(byArea.columnTotals).toEqual([60, 16, 0, 0]);
    expect(byArea.total).toBe(76);
    const byTier = gridByTier(lines, framework);
    expect(byTier.rows.map((r) => r.cells)).toEqual([[0, 0, 8, 0], [0, 68, 0, 0]]);
  });
});
