import { describe, expect, it } from "vitest";
import { whatWorks } from "@/provision-map";
import { delivered, group } from "../../fixtures/interventions";

const roster = (ids: string[]) => ids.map((pupilId) => ({ pupilId, joined: "2026-09-07" }));
// 4 delivered sessions × £12 = £48.
const fourSessions = ["2026-09-07", "2026-09-09", "2026-09-14", "2026-09-16"].map((d) => delivered(d));

describe("what works", () => {
  it("gives mean progress, cost per pupil and cost per unit of progress over the measured pupils", () => {
    const g = group({
      roster: roster(["p1", "p2", "p3", "p4"]),
      sessions: fourSessions,
      measure: { name: "Standardised score", unit: "points", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 80, exit: 86 }, { pupilId: "p2", entry: 84, exit: 88 }, { pupilId: "p3", entry: 79, exit: 81 }, { pupilId: "p4", entry: 82 }],
    });
    const [row] = whatWorks([g]);
    // Each of 4 pupils' share is £12; 3 measured: £36 for 6 + 4 + 2 = 12 points.
    expect(row).toMatchObject({ pupils: 4, measured: 3, improved: 3, cost: 48, meanProgress: 4, costPerPupil: 12, costPerUnit: 3, littleProgress: false });
    expect(row!.noClaim).toBeUndefined();
  });

  it("makes no claim with fewer than three measured pupils", () => {
    const g = group({
      roster: roster(["p1", "p2", "p3"]),
      sessions: fourSessions,
      measure: { name: "Words per minute", unit: "words a minute", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 20, exit: 40 }, { pupilId: "p2", entry: 22, exit: 41 }, { pupilId: "p3", entry: 25 }],
    });
    const [row] = whatWorks([g]);
    expect(row).toMatchObject({ measured: 2, littleProgress: false, noClaim: "Too few pupils to say: 2 measured, 3 needed." });
    expect(row!.meanProgress).toBeUndefined();
    expect(row!.costPerUnit).toBeUndefined();
  });

  it("counts a falling score as progress when lower is better", () => {
    const g = group({
      roster: roster(["p1", "p2", "p3"]),
      sessions: fourSessions,
      measure: { name: "SDQ total difficulties", unit: "points", higherIsBetter: false },
      measureValues: [{ pupilId: "p1", entry: 24, exit: 18 }, { pupilId: "p2", entry: 20, exit: 17 }, { pupilId: "p3", entry: 19, exit: 16 }],
    });
    // Progress 6 + 3 + 3 = 12 for £48: £4 a point.
    expect(whatWorks([g])[0]).toMatchObject({ meanProgress: 4, improved: 3, costPerUnit: 4, littleProgress: false });
  });

  it("flags little progress and gives no cost per unit when nobody improved on average", () => {
    const g = group({
      roster: roster(["p1", "p2", "p3"]),
      sessions: fourSessions,
      measure: { name: "Reading age", unit: "months", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 90, exit: 89 }, { pupilId: "p2", entry: 88, exit: 88 }, { pupilId: "p3", entry: 92, exit: 93 }],
    });
    const [row] = whatWorks([g]);
    expect(row).toMatchObject({ meanProgress: 0, improved: 1, littleProgress: true });
    expect(row!.costPerUnit).toBeUndefined();
  });

  it("flags little progress when fewer than half improved even if the average rose", () => {
    const g = group({
      roster: roster(["p1", "p2", "p3"]),
      sessions: fourSessions,
      measure: { name: "Reading age", unit: "months", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 90, exit: 110 }, { pupilId: "p2", entry: 88, exit: 87 }, { pupilId: "p3", entry: 92, exit: 92 }],
    });
    expect(whatWorks([g])[0]).toMatchObject({ improved: 1, measured: 3, littleProgress: true });
  });

  it("says when a group has no measure", () => {
    expect(whatWorks([group()])[0]).toMatchObject({ noClaim: "No entry and exit measure chosen.", littleProgress: false });
  });
});
