import { describe, expect, it } from "vitest";
import { emptyInterventionForm } from "@/provision-map";
import type { Intervention } from "@/provision-map";
import { createInterventionsModel } from "@/state/interventions-model";
import type { Pupil } from "@/graduated-approach/pupil";
import { fakePupil } from "../../fixtures/graduated";

function memory(pupils: Pupil[]) {
  const saved = new Map<string, Intervention>();
  const stores = {
    interventions: {
      put: async (i: Intervention) => void saved.set(i.id, structuredClone(i)),
      getAll: async () => ({ records: [...saved.values()], quarantined: [] }),
      delete: async (id: string) => void saved.delete(id),
    },
    pupils: { getAll: async () => ({ records: pupils, quarantined: [] }) },
  };
  return { saved, stores };
}

const ada = fakePupil({ id: "p-ada", firstName: "Ada", lastName: "Example" });
const testy = fakePupil({ id: "p-testy", firstName: "Testy", lastName: "McTestface" });
const gone = fakePupil({ id: "p-gone", firstName: "Archie", lastName: "Ved", archivedOn: "2026-07-20" });

describe("the interventions model", () => {
  it("loads the register, archived pupils marked, creates an intervention and logs a session with one absence", async () => {
    const { saved, stores } = memory([testy, ada, gone]);
    const model = createInterventionsModel({ stores: () => stores, now: () => new Date("2026-09-07T10:00:00Z"), newId: () => "int-1" });
    await model.load();
    expect(model.register.value.map((p) => [p.name, p.archived])).toEqual([["Ada Example", false], ["Archie Ved", true], ["Testy McTestface", false]]);

    const created = await model.create({
      ...emptyInterventionForm("2026-09-07"),
      name: "Testy phonics", staffName: "Ada Example", hourlyRate: 24, sessionsPerWeek: 2, endDate: "2026-12-18",
      pupilIds: ["p-ada", "p-testy"],
    });
    expect(created).toEqual({ ok: true, id: "int-1" });
    expect(await model.logSession("int-1", { date: "2026-09-07", delivered: true, absentPupilIds: ["p-testy"] })).toBeNull();
    expect(saved.get("int-1")?.sessions).toEqual([{ date: "2026-09-07", delivered: true, absentPupilIds: ["p-testy"] }]);
    expect(model.interventions.value[0]?.updatedAt).toBe("2026-09-07T10:00:00.000Z");
  });

  it("edits the roster and values, deletes the group, and Undo saves it back as it was", async () => {
    const { saved, stores } = memory([testy, ada]);
    const model = createInterventionsModel({ stores: () => stores, now: () => new Date("2026-09-08T10:00:00Z"), newId: () => "int-1" });
    await model.load();
    await model.create({ ...emptyInterventionForm("2026-09-07"), name: "Testy phonics", staffName: "Ada Example", hourlyRate: 24, sessionsPerWeek: 2, endDate: "2026-12-18", pupilIds: ["p-ada"] });
    const { addToRoster, setMeasureValues } = await import("@/provision-map");
    expect(await model.update("int-1", (i, now) => addToRoster(i, "p-testy", "2026-09-08", now))).toBeNull();
    expect(await model.update("int-1", (i, now) => addToRoster(i, "p-testy", "2026-09-09", now))).toBe("That pupil is already in the group on that date");
    expect(await model.update("int-1", (i, now) => setMeasureValues(i, "p-ada", { entry: 80 }, now))).toBeNull();
    const before = structuredClone(saved.get("int-1"));
    expect(before?.roster.map((e) => e.pupilId)).toEqual(["p-ada", "p-testy"]);
    expect(await model.remove("int-1")).toBeNull();
    expect(saved.has("int-1")).toBe(false);
    expect(model.interventions.value).toEqual([]);
    await model.restore();
    expect(saved.get("int-1")).toEqual(before);
    expect(model.deleted.value).toBeNull();
  });

  it("returns the form's errors and saves nothing when the form is not complete", async () => {
    const { saved, stores } = memory([]);
    const model = createInterventionsModel({ stores: () => stores, now: () => new Date("2026-09-07T10:00:00Z") });
    const result = await model.create(emptyInterventionForm("2026-09-07"));
    expect(result.ok).toBe(false);
    expect(saved.size).toBe(0);
  });

  it("forgets everything on clear", async () => {
    const { stores } = memory([ada]);
    const model = createInterventionsModel({ stores: () => stores, now: () => new Date("2026-09-07T10:00:00Z") });
    await model.load();
    model.clear();
    expect([model.register.value, model.interventions.value, model.loaded.value]).toEqual([[], [], false]);
  });
});
