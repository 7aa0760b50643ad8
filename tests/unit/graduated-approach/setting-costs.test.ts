import { describe, expect, it } from "vitest";
import { formatPounds, settingCosts } from "@/graduated-approach/setting-costs";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";

describe("whole-setting costs", () => {
  it("totals each pupil's latest plan by area and by tier, leaving archived pupils out", () => {
    // Word work group: 3 × 20 min = 1 h a week × 10 weeks × £18 ÷ 3 = £60.
    const one = goodCycle({ pupilId: "a" });
    const older = editCycle(goodCycle({ id: "old", pupilId: "b", number: 1 }), (c) => { c.stages.plan.provisions[0]!.weeks = 100; });
    const latest = editCycle(goodCycle({ id: "new", pupilId: "b", number: 2 }), (c) => {
      c.stages.plan.provisions.push({ ...c.stages.plan.provisions[0]!, id: "pv2", area: "semh", groupSize: 1, hourlyCost: 30 });
    });
    const archived = goodCycle({ id: "arch", pupilId: "gone" });
    const pupils = [fakePupil({ id: "a" }), fakePupil({ id: "b", tier: "targeted-plus" }), fakePupil({ id: "gone", archivedOn: "2026-01-01" })];
    const costs = settingCosts(pupils, [one, older, latest, archived]);
    expect(costs.total).toBe(60 + 60 + 300);
    expect(Object.fromEntries(costs.byArea)).toEqual({ "communication-interaction": 120, semh: 300 });
    expect(Object.fromEntries(costs.byTier)).toEqual({ targeted: 60, "targeted-plus": 360 });
    expect(costs.pupilsWithProvision).toBe(2);
  });

  it("is zero for a setting with no plans", () => {
    expect(settingCosts([fakePupil()], [])).toMatchObject({ total: 0, pupilsWithProvision: 0 });
  });

  it("writes pounds the British way", () => {
    expect(formatPounds(6000)).toBe("£6,000");
    expect(formatPounds(1234.5)).toBe("£1,234.50");
    expect(formatPounds(12.004)).toBe("£12");
    expect(formatPounds(23915.255)).toBe("£23,915.26");
  });
});
