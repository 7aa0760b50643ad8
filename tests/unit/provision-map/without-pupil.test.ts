import { describe, expect, it } from "vitest";
import { mentionsPupil, shareCosts, withoutPupil } from "@/provision-map";
import { delivered, group } from "../../fixtures/interventions";

const g = group({
  roster: [{ pupilId: "p1", joined: "2026-09-07" }, { pupilId: "p2", joined: "2026-09-07" }],
  sessions: [delivered("2026-09-07", ["p2"])],
  measure: { name: "Reading age", unit: "months", higherIsBetter: true },
  measureValues: [{ pupilId: "p1", entry: 80 }, { pupilId: "p2", entry: 78 }],
});

describe("removing a deleted pupil from an intervention", () => {
  it("leaves nothing about them, keeping the sessions, so the others now share their cost", () => {
    const after = withoutPupil(g, "p2", "2026-09-10T09:00:00.000Z");
    expect(mentionsPupil(g, "p2")).toBe(true);
    expect(mentionsPupil(after, "p2")).toBe(false);
    expect(after.roster).toEqual([{ pupilId: "p1", joined: "2026-09-07" }]);
    expect(after.sessions).toEqual([{ date: "2026-09-07", delivered: true, absentPupilIds: [] }]);
    expect(after.measureValues).toEqual([{ pupilId: "p1", entry: 80 }]);
    expect(shareCosts(after).pupils).toEqual([{ pupilId: "p1", share: 12 }]);
    expect(after.updatedAt).toBe("2026-09-10T09:00:00.000Z");
  });

  it("does not mention a pupil who was never in the group", () => {
    expect(mentionsPupil(g, "p9")).toBe(false);
  });
});
