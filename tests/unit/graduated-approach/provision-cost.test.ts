import { describe, expect, it } from "vitest";
import { Cycle } from "@/graduated-approach/cycle";
import {
  compareWithThreshold, costPerPupil, hoursPerWeek, planYearlyCost, yearlyCost,
} from "@/graduated-approach/provision-cost";

const base = { frequencyPerWeek: 3, sessionMinutes: 30, weeks: 12, hourlyCost: 24, groupSize: 4 };

function cycle(id: string, pupilId: string, number: number, provisions: (typeof base)[]): Cycle {
  return Cycle.parse({
    id, pupilId, number, openedOn: "2026-01-05",
    stages: { plan: { provisions: provisions.map((p, i) => ({ ...p, id: `${id}-pv${i}`, title: "Group", area: "semh" })) } },
  });
}

describe("provision cost", () => {
  it("counts hours a week from sessions and minutes", () => {
    expect(hoursPerWeek(base)).toBe(1.5);
  });

  it("costs hours a week × weeks × hourly cost ÷ group size", () => {
    // 1.5 h × 12 weeks × £24 = £432 for the group; ÷ 4 pupils = £108 each.
    expect(yearlyCost(base)).toBe(108);
  });

  it("costs full-time one-to-one support above the notional £6,000", () => {
    // 5 × 180 min = 15 h a week × 38 weeks × £17 = £9,690.
    const oneToOne = { frequencyPerWeek: 5, sessionMinutes: 180, weeks: 38, hourlyCost: 17, groupSize: 1 };
    expect(yearlyCost(oneToOne)).toBe(9690);
    expect(compareWithThreshold(yearlyCost(oneToOne), { amount: 6000 })).toEqual({
      kind: "over", total: 9690, threshold: 6000, difference: 3690,
    });
  });

  it("halves each pupil's share when the group doubles", () => {
    expect(yearlyCost({ ...base, groupSize: 8 })).toBe(yearlyCost(base) / 2);
  });

  it("is nothing when frequency, length, weeks or cost is missing", () => {
    for (const key of ["frequencyPerWeek", "sessionMinutes", "weeks", "hourlyCost"] as const) {
      expect(yearlyCost({ ...base, [key]: 0 })).toBe(0);
    }
  });

  it("rounds to the penny", () => {
    // 10 min once a week for 1 week at £10 = £1.666…; ÷ 3 = £0.555… → £0.56.
    expect(yearlyCost({ frequencyPerWeek: 1, sessionMinutes: 10, weeks: 1, hourlyCost: 10, groupSize: 3 })).toBe(0.56);
  });

  it("adds a plan's provisions", () => {
    expect(planYearlyCost([base, { ...base, groupSize: 1 }])).toBe(108 + 432);
    expect(planYearlyCost([])).toBe(0);
  });

  it("totals each pupil from their latest cycle only", () => {
    const totals = costPerPupil([
      cycle("a1", "amy", 1, [base, base]),
      cycle("a2", "amy", 2, [base]),
      cycle("b1", "ben", 1, [{ ...base, groupSize: 1 }]),
    ]);
    expect(totals).toEqual([
      { pupilId: "amy", cycleId: "a2", total: 108 },
      { pupilId: "ben", cycleId: "b1", total: 432 },
    ]);
  });
});

describe("compareWithThreshold", () => {
  it("says when there is no threshold to compare with", () => {
    expect(compareWithThreshold(500)).toEqual({ kind: "no-threshold", total: 500 });
  });

  it("is within the threshold up to and including it, showing the room left", () => {
    expect(compareWithThreshold(5999.5, { amount: 6000 })).toMatchObject({ kind: "within", difference: -0.5 });
    expect(compareWithThreshold(6000, { amount: 6000 })).toMatchObject({ kind: "within", difference: 0 });
  });

  it("is over only when the total is more than the threshold", () => {
    expect(compareWithThreshold(6000.01, { amount: 6000 })).toMatchObject({ kind: "over", difference: 0.01 });
  });
});
