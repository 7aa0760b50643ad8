import { describe, expect, it } from "vitest";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { createPupilsModel } from "@/state/pupils-model";
import { memoryStore } from "../../fixtures/memory-store";
import { fakePupil, goodCycle } from "../../fixtures/graduated";

/** A store whose getAll answers only when the test says (oldest first), with what it held when it was asked. */
function slowStore<T extends { id: string }>() {
  const store = memoryStore<T>();
  const waiting: (() => void)[] = [];
  return {
    ...store,
    getAll: () => {
      const snapshot = { records: [...store.map.values()].map((r) => structuredClone(r)), quarantined: [] };
      return new Promise<typeof snapshot>((done) => waiting.push(() => done(snapshot)));
    },
    answer: () => waiting.shift()?.(),
  };
}

describe("pupils model: a reload racing with saves", () => {
  it("keeps a meeting whose save is still on its way to the database when a reload reads the older copy", async () => {
    const pupils = memoryStore<Pupil>();
    const cycles = memoryStore<Cycle>();
    let finishPut: () => void = () => {};
    const slowPuts = {
      ...pupils,
      put: async (p: Pupil) => {
        await new Promise<void>((done) => (finishPut = done));
        pupils.map.set(p.id, structuredClone(p));
      },
    };
    const model = createPupilsModel(() => ({ pupils: slowPuts, cycles }), () => "2026-01-15");
    pupils.map.set("pupil-1", fakePupil());
    await model.load();

    const saving = model.addMeeting("pupil-1", { date: "2026-01-14", attendees: "Parent (made up)", notes: "", agreedActions: "" });
    await model.load(); // begins and ends while the save is not yet written: it reads the pupil without the meeting
    expect(model.pupilById("pupil-1")!.meetings).toHaveLength(1);
    finishPut();
    await saving;
    expect(model.pupilById("pupil-1")!.meetings).toHaveLength(1);
    expect(pupils.map.get("pupil-1")!.meetings).toHaveLength(1);
  });

  it("keeps a meeting saved while a reload was still reading, rather than showing the older copy", async () => {
    const pupils = slowStore<Pupil>();
    const cycles = memoryStore<Cycle>();
    const model = createPupilsModel(() => ({ pupils, cycles }), () => "2026-01-15");
    await model.addPupil(fakePupil());

    const loading = model.load();
    await model.addMeeting("pupil-1", { date: "2026-01-14", attendees: "Parent (made up)", notes: "", agreedActions: "" });
    pupils.answer();
    await loading;

    expect(model.pupilById("pupil-1")!.meetings).toHaveLength(1);
    expect(pupils.map.get("pupil-1")!.meetings).toHaveLength(1);
  });

  it("keeps the saved meeting when a second reload starts before the first, older one answers", async () => {
    const pupils = slowStore<Pupil>();
    const cycles = memoryStore<Cycle>();
    const model = createPupilsModel(() => ({ pupils, cycles }), () => "2026-01-15");
    await model.addPupil(fakePupil());

    const first = model.load();
    await model.addMeeting("pupil-1", { date: "2026-01-14", attendees: "Parent (made up)", notes: "", agreedActions: "" });
    const second = model.load();
    pupils.answer();
    await first;
    expect(model.pupilById("pupil-1")!.meetings).toHaveLength(1);
    pupils.answer();
    await second;
    expect(model.pupilById("pupil-1")!.meetings).toHaveLength(1);
  });

  it("does not bring back a cycle deleted while a reload was still reading", async () => {
    const pupils = memoryStore<Pupil>();
    const cycles = slowStore<Cycle>();
    const model = createPupilsModel(() => ({ pupils, cycles }), () => "2026-01-15");
    await model.addPupil(fakePupil());
    const cycle = goodCycle();
    await cycles.put(cycle);
    const first = model.load();
    cycles.answer();
    await first;
    expect(model.cyclesOf(cycle.pupilId)).toHaveLength(1);

    const loading = model.load();
    await model.deleteCycle(cycle.id);
    cycles.answer();
    await loading;
    expect(model.cyclesOf(cycle.pupilId)).toEqual([]);
  });
});
