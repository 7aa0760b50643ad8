import { describe, expect, it } from "vitest";
import { Intervention, groupSizeOn, pupilsOnRoster } from "@/provision-map";
import { group } from "../../fixtures/interventions";

function issues(overrides: Record<string, unknown>): string[] {
  const result = Intervention.safeParse({ ...group(), ...overrides });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("intervention record", () => {
  it("accepts a group with a roster, a log and a measure", () => {
    const parsed = group({
      roster: [{ pupilId: "p1", joined: "2026-09-07" }],
      sessions: [{ date: "2026-09-07", delivered: true }],
      measure: { name: "Reading age", unit: "months", higherIsBetter: true },
      measureValues: [{ pupilId: "p1", entry: 84 }],
    });
    expect(parsed.sessions[0]?.absentPupilIds).toEqual([]);
    expect(parsed.measureValues[0]).toEqual({ pupilId: "p1", entry: 84 });
  });

  it("reads a record saved before funding sources, times and places as notional SEN budget with no fixed time", () => {
    const saved = group();
    expect(saved.fundingSource).toBe("notional-sen-budget");
    expect(saved.schedule.startTime).toBeUndefined();
    expect(issues({ fundingSource: "pupil-premium", schedule: { ...saved.schedule, startTime: "09:15", place: "Library" } })).toEqual([]);
    expect(issues({ schedule: { ...saved.schedule, startTime: "9.15am" } })).toEqual(["schedule.startTime: must be a time of day like 09:15"]);
    expect(issues({ fundingSource: "lottery" })[0]).toMatch(/^fundingSource: must be one of the funding sources/);
  });

  it("names the field when dates run backwards", () => {
    expect(issues({ schedule: { ...group().schedule, endDate: "2026-09-01" } })).toEqual([
      "schedule.endDate: the end date must not be before the start date",
    ]);
    expect(issues({ roster: [{ pupilId: "p1", joined: "2026-10-01", left: "2026-09-30" }] })).toEqual([
      "roster.0.left: the date a pupil left must not be before the date they joined",
    ]);
  });

  it("rejects overlapping spells of one pupil but allows a pupil to rejoin", () => {
    expect(issues({ roster: [{ pupilId: "p1", joined: "2026-09-07", left: "2026-10-01" }, { pupilId: "p1", joined: "2026-10-01" }] })).toEqual([
      "roster.1.joined: this spell overlaps another spell of the same pupil",
    ]);
    expect(issues({ roster: [{ pupilId: "p1", joined: "2026-09-07", left: "2026-10-01" }, { pupilId: "p1", joined: "2026-10-02" }] })).toEqual([]);
  });

  it("rejects two sessions on one date and two sets of values for one pupil", () => {
    expect(issues({ sessions: [{ date: "2026-09-07", delivered: true }, { date: "2026-09-07", delivered: false }] })).toEqual([
      "sessions.1.date: there is already a session logged on this date",
    ]);
    expect(issues({ measureValues: [{ pupilId: "p1", entry: 1 }, { pupilId: "p1", exit: 2 }] })).toEqual([
      "measureValues.1.pupilId: this pupil already has entry and exit values",
    ]);
  });
});

describe("group size from the roster", () => {
  const roster = group({
    roster: [
      { pupilId: "p1", joined: "2026-09-07" },
      { pupilId: "p2", joined: "2026-09-07", left: "2026-10-16" },
      { pupilId: "p3", joined: "2026-10-19" },
    ],
  });

  it("counts the pupils in the group on each date, joining and leaving days included", () => {
    expect(groupSizeOn(roster, "2026-09-06")).toBe(0);
    expect(pupilsOnRoster(roster, "2026-09-07")).toEqual(["p1", "p2"]);
    expect(pupilsOnRoster(roster, "2026-10-16")).toEqual(["p1", "p2"]);
    expect(pupilsOnRoster(roster, "2026-10-17")).toEqual(["p1"]);
    expect(pupilsOnRoster(roster, "2026-10-19")).toEqual(["p1", "p3"]);
  });
});
