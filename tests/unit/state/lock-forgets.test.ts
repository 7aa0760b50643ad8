import { describe, expect, it } from "vitest";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { createAuditModel } from "@/state/audit-model";
import { createPupilsModel } from "@/state/pupils-model";
import { LOCK_FLUSH_LIMIT_MS } from "@/state/lock-watchers";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { memoryStore } from "../../fixtures/memory-store";
import { editCycle, fakePupil } from "../../fixtures/graduated";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();

/** A store whose getAll waits until `release` is called, like a slow decrypting read. */
function gated<T extends { id: string }>() {
  const store = memoryStore<T>();
  let release = () => {};
  const gate = new Promise<void>((done) => (release = done));
  return { store: { ...store, getAll: async () => (await gate, store.getAll()) }, inner: store, release };
}

describe("lock forgets decrypted records", () => {
  it("empties the pupils model, and a load that was reading when it locked throws its result away", async () => {
    const pupils = gated<Pupil>();
    await pupils.inner.put(fakePupil({ firstName: "Testy", lastName: "McTestface" }));
    const model = createPupilsModel(() => ({ pupils: pupils.store, cycles: memoryStore<Cycle>() }), () => "2026-01-15");
    const late = model.load();
    model.clear();
    pupils.release();
    await late;
    expect(model.pupils.value).toEqual([]);
    expect(model.loaded.value).toBe(false);
    await model.load();
    expect(model.pupils.value.map((p) => p.lastName)).toEqual(["McTestface"]);
    model.clear();
    expect([model.pupils.value, model.cycles.value, model.loaded.value]).toEqual([[], [], false]);
  });

  it("empties the audit model, and a late load is discarded", async () => {
    const framework = loadBuiltInFramework();
    let release = () => {};
    const gate = new Promise<void>((done) => (release = done));
    const audit = { id: "a-1", frameworkId: framework.id };
    const model = createAuditModel({
      store: () => ({ put: async () => {}, getAll: async () => (await gate, { records: [audit as never], quarantined: [] }) }) as never,
      framework: () => framework,
      settingName: () => "Fictional Fields Academy",
      now: () => new Date("2026-01-15T09:00:00Z"),
    });
    const late = model.load();
    model.clear();
    release();
    await late;
    expect(model.audits.value).toEqual([]);
    expect(model.loaded.value).toBe(false);
  });

  it("saves an edit still waiting to autosave before it locks, then forgets pupils and cycles", async () => {
    const { model } = await newInstall();
    const pupils = createPupilsModel(() => model.storage(), () => "2026-01-15", { autosaveMs: 60_000 });
    model.onLock({ flush: pupils.flush, clear: pupils.clear });
    await pupils.addPupil(fakePupil({ firstName: "Testy", lastName: "McTestface" }));
    const cycle = await pupils.openCycle("pupil-1");
    pupils.updateCycle(editCycle(cycle, (c) => { c.stages.assess.pupilView = "I like trains."; }));

    await model.lock();
    expect(model.status.value).toBe("locked");
    expect(model.generation.value).toBe(1);
    expect(pupils.pupils.value).toEqual([]);
    expect(pupils.cycles.value).toEqual([]);

    await model.unlock(PASSPHRASE);
    await pupils.load();
    expect(pupils.pupils.value.map((p) => p.lastName)).toEqual(["McTestface"]);
    expect(pupils.cycles.value).toEqual([]); // read when the pupil's page needs them
    await pupils.ensureCycles("pupil-1");
    expect(pupils.cycles.value.map((c) => c.stages.assess.pupilView)).toEqual(["I like trains."]);

    await pupils.deletePupil("pupil-1");
    expect((await model.storage().pupils.getAll()).records).toEqual([]);
    expect((await model.storage().cycles.getAll()).records).toEqual([]);
  }, 30_000);

  it("locks anyway when a save never finishes", async () => {
    const { model } = await newInstall();
    let cleared = false;
    model.onLock({ flush: () => new Promise(() => {}), clear: () => (cleared = true) });
    const started = Date.now();
    await model.lock("test");
    expect(model.status.value).toBe("locked");
    expect(cleared).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOCK_FLUSH_LIMIT_MS - 50);
  }, 30_000);
});
