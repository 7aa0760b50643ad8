import { describe, expect, it } from "vitest";
import { pupilTimeline } from "@/graduated-approach/timeline";
import { historyAfterEdit } from "@/graduated-approach/pupil-history";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";

describe("pupil timeline", () => {
  it("puts cycles, status and tier changes and meetings in date order", () => {
    const first = editCycle(goodCycle({ openedOn: "2025-09-15" }), (c) => {
      c.status = "closed";
      c.stages.review.reviewedOn = "2025-12-01";
      c.stages.review.decision = "move-tier";
    });
    const second = goodCycle({ id: "cycle-2", number: 2, openedOn: "2025-12-01" });
    const pupil = fakePupil({
      history: [{ date: "2025-12-02", kind: "tier", from: "targeted", to: "targeted-plus" }, { date: "2025-09-12", kind: "status", from: "monitoring", to: "K" }],
      meetings: [{ id: "m1", pupilId: "pupil-1", date: "2025-10-20", attendees: "Parent (made up)", notes: "", agreedActions: "" }],
    });
    expect(pupilTimeline(pupil, [second, first]).map((e) => `${e.date} ${e.kind}`)).toEqual([
      "2025-09-10 added",
      "2025-09-12 status",
      "2025-09-15 cycle-opened",
      "2025-10-20 meeting",
      "2025-12-01 cycle-reviewed",
      "2025-12-01 cycle-opened",
      "2025-12-02 tier",
    ]);
  });

  it("records status and tier changes when a pupil is edited", () => {
    const before = fakePupil({ senStatus: { code: "monitoring" }, needs: [], tier: "universal" });
    expect(historyAfterEdit(before, { ...before, senStatus: { code: "K" }, tier: "targeted" }, "2026-01-15")).toEqual([
      { date: "2026-01-15", kind: "status", from: "monitoring", to: "K" },
      { date: "2026-01-15", kind: "tier", from: "universal", to: "targeted" },
    ]);
    expect(historyAfterEdit(before, before, "2026-01-15")).toEqual([]);
  });
});
