import { describe, expect, it } from "vitest";
import { emptyInterventionForm, interventionFromForm, logSession, withCatalogueItem, type InterventionFormValues } from "@/provision-map";
import { group } from "../../fixtures/interventions";

const NOW = "2026-09-01T08:00:00.000Z";
const filled: InterventionFormValues = {
  ...emptyInterventionForm("2026-09-07"),
  name: "  Testy spelling group ",
  staffName: "Ada Example",
  staffRole: "Teaching assistant",
  hourlyRate: 18,
  days: ["tuesday", "thursday"],
  sessionsPerWeek: 2,
  sessionMinutes: 20,
  endDate: "2026-12-18",
  pupilIds: ["p1", "p2", "p1"],
};

describe("the new-intervention form", () => {
  it("makes an intervention whose pupils all join on the start date", () => {
    const result = interventionFromForm(filled, { id: "int-9", now: NOW });
    expect(result.ok && result.intervention).toMatchObject({
      id: "int-9",
      name: "Testy spelling group",
      staff: { name: "Ada Example", role: "Teaching assistant", hourlyRate: 18 },
      schedule: { days: ["tuesday", "thursday"], sessionsPerWeek: 2, sessionMinutes: 20, startDate: "2026-09-07", endDate: "2026-12-18" },
      roster: [{ pupilId: "p1", joined: "2026-09-07" }, { pupilId: "p2", joined: "2026-09-07" }],
      sessions: [],
    });
  });

  it("names every field a person must fix", () => {
    const result = interventionFromForm({ ...emptyInterventionForm("2026-09-07"), endDate: "2026-09-01", sessionMinutes: 0 }, { id: "x", now: NOW });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      "name", "staffName", "hourlyRate", "sessionsPerWeek", "sessionMinutes", "endDate", "pupilIds",
    ]);
    expect(result.ok ? "" : result.errors.find((e) => e.field === "endDate")?.message).toBe("The end date must be the same as or after the start date");
  });
});

describe("logging a session for the whole group", () => {
  const g = group({ roster: [{ pupilId: "p1", joined: "2026-09-07" }, { pupilId: "p2", joined: "2026-09-07" }] });

  it("adds a delivered session, keeping absences only for pupils on the roster, in date order", () => {
    const first = logSession(g, { date: "2026-09-09", delivered: true, absentPupilIds: ["p2", "stranger"] }, NOW);
    if (!first.ok) throw new Error(first.message);
    const second = logSession(first.intervention, { date: "2026-09-07", delivered: true, absentPupilIds: [] }, NOW);
    expect(second.ok && second.intervention.sessions).toEqual([
      { date: "2026-09-07", delivered: true, absentPupilIds: [] },
      { date: "2026-09-09", delivered: true, absentPupilIds: ["p2"] },
    ]);
  });

  it("replaces the entry for a date logged twice, and drops absences from a missed session", () => {
    const first = logSession(g, { date: "2026-09-09", delivered: true, absentPupilIds: ["p2"] }, NOW);
    if (!first.ok) throw new Error(first.message);
    const again = logSession(first.intervention, { date: "2026-09-09", delivered: false, absentPupilIds: ["p1"] }, NOW);
    expect(again.ok && again.intervention.sessions).toEqual([{ date: "2026-09-09", delivered: false, absentPupilIds: [] }]);
  });

  it("refuses a date outside the intervention or with nobody on the roster", () => {
    expect(logSession(g, { date: "2027-01-04", delivered: true, absentPupilIds: [] }, NOW)).toEqual({
      ok: false, message: "Enter a date from the start to the end of Testy phonics group",
    });
    expect(logSession(group(), { date: "2026-09-09", delivered: true, absentPupilIds: [] }, NOW)).toEqual({
      ok: false, message: "Nobody was in Testy phonics group on that date",
    });
  });
});

describe("choosing from the framework's costed provision", () => {
  const item = { id: "cat-phonics", name: "Phonics catch-up group", staffRole: "Teaching assistant", hourlyRate: 16.5, links: { areas: ["cognition-learning"], statements: [] } };

  it("records the item and its one area, and fills only what the user has not typed", () => {
    const chosen = withCatalogueItem({ ...emptyInterventionForm("2026-09-07"), staffName: "Ada Example" }, item);
    expect(chosen).toMatchObject({ catalogueItemId: "cat-phonics", area: "cognition-learning", name: "Phonics catch-up group", staffRole: "Teaching assistant", hourlyRate: 16.5, staffName: "Ada Example" });
    const typed = withCatalogueItem(filled, item);
    expect(typed).toMatchObject({ name: filled.name, staffRole: "Teaching assistant", hourlyRate: 18 });
    const saved = interventionFromForm(typed, { id: "int-10", now: NOW });
    expect(saved.ok && [saved.intervention.catalogueItemId, saved.intervention.area]).toEqual(["cat-phonics", "cognition-learning"]);
  });

  it("leaves the area unset when the item names several, and clears the choice with None", () => {
    const several = withCatalogueItem(filled, { ...item, links: { areas: ["cognition-learning", "sensory-physical"], statements: [] } });
    expect(several.area).toBeUndefined();
    const none = withCatalogueItem(several, undefined);
    expect(none.catalogueItemId).toBe("");
    const saved = interventionFromForm(none, { id: "int-11", now: NOW });
    expect(saved.ok && saved.intervention.catalogueItemId).toBeUndefined();
  });
});
