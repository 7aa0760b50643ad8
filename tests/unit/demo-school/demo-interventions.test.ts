import { describe, expect, it } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { Intervention, findClashes, weekTimetable, whatWorks } from "@/provision-map";

const TODAY = "2026-03-03";

describe("the demo school's group interventions", () => {
  const school = generateDemoSchool({ pupils: 30, seed: 2026, today: TODAY });

  it("has the six usual groups, each valid, with a roster, a session log with absences and entry/exit values", () => {
    expect(school.interventions.map((i) => i.name)).toEqual(["Phonics catch-up", "Lego-based therapy", "Social skills group", "Precision teaching", "Fine motor skills", "Nurture group"]);
    for (const i of school.interventions) {
      expect(Intervention.safeParse(i).success).toBe(true);
      expect(i.roster.length).toBeGreaterThanOrEqual(3);
      expect(i.sessions.filter((s) => s.delivered).length).toBeGreaterThan(5);
      expect(i.measureValues.filter((v) => v.exit !== undefined).length).toBeGreaterThan(0);
      expect(i.sessions.every((s) => s.date < TODAY)).toBe(true);
    }
    expect(school.interventions.some((i) => i.sessions.some((s) => s.absentPupilIds.length > 0))).toBe(true);
    expect(school.interventions.some((i) => i.roster.some((e) => e.left))).toBe(true);
    const supported = new Set(school.pupils.filter((p) => p.senStatus.code === "K" || p.senStatus.code === "E").map((p) => p.id));
    expect(school.interventions.flatMap((i) => i.roster).every((e) => supported.has(e.pupilId))).toBe(true);
  });

  it("leaves the pupils and cycles of a seed as they were, and gives the same groups each time", () => {
    expect(generateDemoSchool({ pupils: 30, seed: 2026, today: TODAY })).toEqual(school);
    expect(generateDemoSchool({ pupils: 0, seed: 1, today: TODAY }).interventions).toEqual([]);
  });

  it("shows what works, with a measured figure for most groups, and a timetable clash to find", () => {
    const rows = whatWorks(school.interventions);
    expect(rows.filter((r) => r.meanProgress !== undefined).length).toBeGreaterThanOrEqual(4);
    const clashes = findClashes(weekTimetable(school.interventions, TODAY).slots, (id) => id);
    expect(clashes.some((c) => c.kind === "same-lesson-too-often")).toBe(true);
  });
});
