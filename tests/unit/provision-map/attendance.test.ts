import { describe, expect, it } from "vitest";
import { pupilAttendance } from "@/provision-map";
import { delivered, group, missed } from "../../fixtures/interventions";

describe("sessions each pupil was delivered and attended", () => {
  it("counts from the group's one log, only while each pupil was on the roster", () => {
    const g = group({
      roster: [
        { pupilId: "p1", joined: "2026-09-07" },
        { pupilId: "p2", joined: "2026-09-09" },
        { pupilId: "p3", joined: "2026-09-07", left: "2026-09-09" },
      ],
      sessions: [delivered("2026-09-07", ["p1"]), delivered("2026-09-09", ["p3"]), missed("2026-09-14"), delivered("2026-09-16")],
    });
    expect(pupilAttendance(g)).toEqual([
      { pupilId: "p1", delivered: 3, attended: 2, missedByGroup: 1 },
      { pupilId: "p2", delivered: 2, attended: 2, missedByGroup: 1 },
      { pupilId: "p3", delivered: 2, attended: 1, missedByGroup: 0 },
    ]);
  });

  it("limits the count to a date range", () => {
    const g = group({ roster: [{ pupilId: "p1", joined: "2026-09-07" }], sessions: [delivered("2026-09-07"), delivered("2026-09-09")] });
    expect(pupilAttendance(g, { from: "2026-09-08", to: "2026-09-30" })).toEqual([{ pupilId: "p1", delivered: 1, attended: 1, missedByGroup: 0 }]);
  });
});
