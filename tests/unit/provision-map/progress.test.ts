import { describe, expect, it } from "vitest";
import { interventionImpact, pupilProgress } from "@/provision-map";
import { delivered, group } from "../../fixtures/interventions";

const fourPupils = ["p1", "p2", "p3", "p4"].map((pupilId) => ({ pupilId, joined: "2026-09-07" }));
const tenSessions = Array.from({ length: 10 }, (_, i) => delivered(`2026-09-${String(7 + i).padStart(2, "0")}`));

describe("progress per pupil", () => {
  it("is exit − entry when higher is better, skipping pupils without both values", () => {
    const g = group({
      measure: { name: "Standardised reading score", unit: "points", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 82, exit: 90 }, { pupilId: "p2", entry: 85, exit: 83 }, { pupilId: "p3", entry: 80 }],
    });
    expect(pupilProgress(g)).toEqual([
      { pupilId: "p1", entry: 82, exit: 90, progress: 8 },
      { pupilId: "p2", entry: 85, exit: 83, progress: -2 },
    ]);
  });

  it("turns the sign round when lower is better, so a falling SDQ score is progress", () => {
    const g = group({
      measure: { name: "SDQ total difficulties", unit: "points", higherIsBetter: false },
      measureValues: [{ pupilId: "p1", entry: 24, exit: 17 }, { pupilId: "p2", entry: 15, exit: 18 }],
    });
    expect(pupilProgress(g).map((r) => r.progress)).toEqual([7, -3]);
  });

  it("is empty when the group has no measure", () => {
    expect(pupilProgress(group({ measureValues: [{ pupilId: "p1", entry: 1, exit: 2 }] }))).toEqual([]);
    expect(interventionImpact(group())).toEqual({ kind: "no-measure" });
  });
});

describe("cost per unit of progress", () => {
  it("divides the measured pupils' cost by their progress", () => {
    const g = group({
      roster: fourPupils,
      sessions: tenSessions,
      measure: { name: "Words per minute", unit: "words", higherIsBetter: true },
      measureValues: [
        { pupilId: "p1", entry: 40, exit: 52 },
        { pupilId: "p2", entry: 35, exit: 41 },
        { pupilId: "p3", entry: 50, exit: 50 },
        { pupilId: "p4", entry: 30 },
      ],
    });
    // 10 sessions × £12 ÷ 4 pupils = £30 each; 3 measured pupils cost £90 for 12 + 6 + 0 = 18 words.
    expect(interventionImpact(g)).toEqual({ kind: "measured", pupils: 3, meanProgress: 6, costPerPupil: 30, costPerUnit: 5 });
  });

  it("makes no claim with fewer than three measured pupils", () => {
    const g = group({
      roster: fourPupils,
      sessions: tenSessions,
      measure: { name: "Boxall profile", unit: "points", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 40, exit: 52 }, { pupilId: "p2", entry: 35, exit: 41 }, { pupilId: "p3", exit: 50 }],
    });
    expect(interventionImpact(g)).toEqual({
      kind: "too-few-pupils",
      pupils: 2,
      needed: 3,
      message: "Too few pupils to say: 2 of the 3 needed have both an entry and an exit value.",
    });
  });

  it("gives no cost per unit when pupils made no progress on average, lower-is-better included", () => {
    const g = group({
      roster: fourPupils,
      sessions: tenSessions,
      measure: { name: "SDQ total difficulties", unit: "points", higherIsBetter: false },
      measureValues: [{ pupilId: "p1", entry: 20, exit: 22 }, { pupilId: "p2", entry: 18, exit: 18 }, { pupilId: "p3", entry: 16, exit: 17 }],
    });
    expect(interventionImpact(g)).toEqual({ kind: "measured", pupils: 3, meanProgress: -1, costPerPupil: 30 });
  });
});
