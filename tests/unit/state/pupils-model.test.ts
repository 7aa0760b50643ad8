import { afterEach, describe, expect, it, vi } from "vitest";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { createPupilsModel } from "@/state/pupils-model";
import { memoryStore } from "../../fixtures/memory-store";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";
import { delivered, group } from "../../fixtures/interventions";
import type { Intervention } from "@/provision-map";

function setUp() {
  const pupils = memoryStore<Pupil>();
  const cycles = memoryStore<Cycle>();
  let n = 0;
  const model = createPupilsModel(() => ({ pupils, cycles }), () => "2026-01-15", { autosaveMs: 10_000, makeId: () => `id-${++n}` });
  return { model, pupils, cycles };
}

describe("pupils model", () => {
  afterEach(() => vi.useRealTimers());

  it("opens one cycle at a time and saves edits when flushed", async () => {
    const { model, cycles } = setUp();
    await model.addPupil(fakePupil());
    const first = await model.openCycle("pupil-1");
    expect(await model.openCycle("pupil-1")).toBe(first);
    model.updateCycle(editCycle(first, (c) => { c.stages.assess.pupilView = "I like trains."; }));
    expect(model.saveState.value).toBe("saving");
    expect(cycles.map.get(first.id)!.stages.assess.pupilView).toBe("");
    await model.flush();
    expect(cycles.map.get(first.id)!.stages.assess.pupilView).toBe("I like trains.");
    expect(model.saveState.value).toBe("saved");
  });

  it("closes a review and opens the next cycle pre-filled, so the pupil leaves the due list", async () => {
    const { model, cycles } = setUp();
    await model.addPupil(fakePupil({ meetings: ["2025-10-01", "2025-12-01", "2026-01-10"].map((date) => ({ id: date, pupilId: "pupil-1", date, attendees: "", notes: "", agreedActions: "" })) }));
    await model.load();
    const cycle = editCycle(goodCycle(), (c) => { c.stages.plan.reviewDate = "2026-01-20"; });
    await cycles.put(cycle);
    await model.load();
    expect(model.due.value.map((d) => d.kind)).toEqual(["review-due"]);
    const next = await model.closeReview(cycle.id, { ...cycle.stages.review, decision: "continue", outcomeProgress: [{ outcomeId: "o1", progress: "some", evidence: "8 of 20" }] });
    expect(next).toMatchObject({ number: 2, status: "open" });
    expect(next.stages.plan.outcomes[0]).toMatchObject({ what: "Use new topic words", baseline: "8 of 20" });
    expect(cycles.map.get(cycle.id)).toMatchObject({ status: "closed", stages: { review: { reviewedOn: "2026-01-15", decision: "continue" } } });
    model.updateCycle(editCycle(next, (c) => { c.stages.plan.reviewDate = "2026-03-20"; }));
    expect(model.due.value).toEqual([]);
  });

  it("undoes deleting a cycle and deleting a pupil with their cycles", async () => {
    const { model, pupils, cycles } = setUp();
    await model.addPupil(fakePupil());
    const cycle = await model.openCycle("pupil-1");
    await model.deleteCycle(cycle.id);
    expect(cycles.map.size).toBe(0);
    expect(model.undoOffer.value?.message).toBe("Cycle 1 deleted.");
    await model.undo();
    expect(cycles.map.has(cycle.id)).toBe(true);
    expect(model.undoOffer.value).toBeNull();

    await model.deletePupil("pupil-1");
    expect(pupils.map.size + cycles.map.size).toBe(0);
    expect(model.pupils.value).toEqual([]);
    await model.undo();
    expect(pupils.map.has("pupil-1")).toBe(true);
    expect(model.cyclesOf("pupil-1")).toHaveLength(1);
  });

  it("takes a deleted pupil out of their interventions, and Undo puts them back", async () => {
    const pupils = memoryStore<Pupil>();
    const cycles = memoryStore<Cycle>();
    const interventions = memoryStore<Intervention>();
    const phonics = group({
      roster: [{ pupilId: "pupil-1", joined: "2026-01-05" }, { pupilId: "pupil-2", joined: "2026-01-05" }],
      sessions: [delivered("2026-01-05", ["pupil-1"])],
    });
    const other = group({ id: "int-2", name: "Testy fine motor", roster: [{ pupilId: "pupil-2", joined: "2026-01-05" }] });
    await interventions.put(phonics);
    await interventions.put(other);
    const model = createPupilsModel(() => ({ pupils, cycles, interventions }), () => "2026-01-15");
    await model.addPupil(fakePupil());

    await model.deletePupil("pupil-1");
    expect(interventions.map.get(phonics.id)?.roster).toEqual([{ pupilId: "pupil-2", joined: "2026-01-05" }]);
    expect(interventions.map.get(phonics.id)?.sessions[0]?.absentPupilIds).toEqual([]);
    expect(interventions.map.get(other.id)).toEqual(other);

    await model.undo();
    expect(interventions.map.get(phonics.id)).toEqual(phonics);
  });

  it("keeps the Undo offer for 30 seconds, then withdraws it", async () => {
    vi.useFakeTimers();
    const { model } = setUp();
    await model.addPupil(fakePupil());
    const cycle = await model.openCycle("pupil-1");
    await model.deleteCycle(cycle.id);
    expect(model.undoOffer.value).toEqual({ message: "Cycle 1 deleted.", restoredMessage: "Cycle 1 restored." });
    vi.advanceTimersByTime(29_999);
    expect(model.undoOffer.value).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(model.undoOffer.value).toBeNull();
  });

  it("archives, restores and records meetings", async () => {
    const { model, pupils } = setUp();
    await model.addPupil(fakePupil());
    await model.archivePupil("pupil-1");
    expect(pupils.map.get("pupil-1")!.archivedOn).toBe("2026-01-15");
    await model.restorePupil("pupil-1");
    expect(pupils.map.get("pupil-1")!.archivedOn).toBeUndefined();
    await model.addMeeting("pupil-1", { date: "2026-01-14", attendees: "Parent (made up)", notes: "", agreedActions: "" });
    expect(pupils.map.get("pupil-1")!.meetings).toEqual([{ id: "id-1", pupilId: "pupil-1", date: "2026-01-14", attendees: "Parent (made up)", notes: "", agreedActions: "" }]);
  });
});
