import { describe, expect, it } from "vitest";
import { findClashes, MAX_DAYS_OUT_OF_SAME_LESSON, weekTimetable } from "@/provision-map";
import { group } from "../../fixtures/interventions";

const ON = "2026-10-05";
const names: Record<string, string> = { p1: "Ada Example", p2: "Testy McTestface", p3: "Pip Testington" };
const name = (id: string) => names[id] ?? id;
const roster = (ids: string[]) => ids.map((pupilId) => ({ pupilId, joined: "2026-09-07" }));
const at = (id: string, staff: string, days: string[], startTime: string, pupils: string[], minutes = 30) =>
  group({
    id, name: `Group ${id}`, staff: { name: staff, role: "", hourlyRate: 20 }, roster: roster(pupils),
    schedule: { days, startTime, sessionsPerWeek: days.length, sessionMinutes: minutes, startDate: "2026-09-07", endDate: "2026-12-18" },
  });

const kinds = (groups: ReturnType<typeof group>[]) => findClashes(weekTimetable(groups, ON).slots, name).map((c) => [c.kind, c.message]);

describe("clash detection", () => {
  it("finds a pupil in two groups at overlapping times on the same day", () => {
    const clashes = kinds([at("a", "Ada Staff", ["monday"], "09:15", ["p1", "p2"]), at("b", "Bo Staff", ["monday"], "09:30", ["p2", "p3"])]);
    expect(clashes).toEqual([["pupil-double-booked", "Testy McTestface is in Group a and Group b on Monday at 09:30."]]);
  });

  it("finds an adult down to run two groups at once, ignoring case and spaces", () => {
    const clashes = kinds([at("a", "Ada Staff", ["tuesday"], "10:00", ["p1"]), at("b", " ada staff", ["tuesday"], "10:15", ["p3"])]);
    expect(clashes).toEqual([["staff-double-booked", "Ada Staff is down to run Group a and Group b on Tuesday at 10:15."]]);
  });

  it("does not call back-to-back sessions, other days or groups not running a clash", () => {
    const ended = group({ ...at("c", "Ada Staff", ["monday"], "09:15", ["p1"]), schedule: { days: ["monday"], startTime: "09:15", sessionsPerWeek: 1, sessionMinutes: 30, startDate: "2026-09-07", endDate: "2026-09-30" } });
    expect(kinds([at("a", "Ada Staff", ["monday"], "09:15", ["p1"]), at("b", "Ada Staff", ["monday"], "09:45", ["p1"]), at("d", "Ada Staff", ["tuesday"], "09:15", ["p1"]), ended])).toEqual([]);
  });

  it(`flags a pupil out of the same lesson on more than ${MAX_DAYS_OUT_OF_SAME_LESSON} days a week, across groups`, () => {
    const clashes = kinds([at("a", "Ada Staff", ["monday", "wednesday", "friday"], "09:15", ["p1", "p2"]), at("b", "Bo Staff", ["tuesday"], "09:30", ["p1"])]);
    expect(clashes).toEqual([
      ["same-lesson-too-often", "Ada Example is out of class at about 09:15 on 4 days a week (Monday, Tuesday, Wednesday, Friday) for Group a and Group b: more than 3 days a week out of the same lesson."],
    ]);
    // Three mornings a week in one group is a usual pattern, not flagged.
    expect(kinds([at("a", "Ada Staff", ["monday", "wednesday", "friday"], "09:15", ["p1"])])).toEqual([]);
  });

  it("leaves a pupil who has left the group out of its slots", () => {
    const a = group({ ...at("a", "Ada Staff", ["monday"], "09:15", []), roster: [{ pupilId: "p1", joined: "2026-09-07", left: "2026-09-30" }] });
    expect(kinds([a, at("b", "Bo Staff", ["monday"], "09:15", ["p1"])])).toEqual([]);
  });

  it("lists groups with no start time or days apart, unplaced", () => {
    const { slots, unplaced } = weekTimetable([group({ roster: roster(["p1"]) })], ON);
    expect(slots).toEqual([]);
    expect(unplaced.map((i) => i.id)).toEqual(["int-1"]);
  });
});
