import { describe, expect, it } from "vitest";
import { createPupilsModel } from "@/state/pupils-model";
import { markSummariesStale } from "@/storage/summaries-stale";
import { openSendDb } from "@/storage";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();
const today = () => "2026-03-25";
/** The Due view's items about cycles (the made-up pupils have held no parent meetings, which is due too). */
const cycleItems = (items: readonly { kind: string; pupilId: string; cycleId?: string }[]) => items.filter((d) => d.kind !== "meetings-short");

/**
 * An install with two made-up pupils: Ada's open cycle's review was due on 20 March; Bo has two cycles, the open
 * one with no outcomes yet.
 */
async function seeded() {
  const install = await newInstall();
  const writer = createPupilsModel(() => install.model.storage(), today, { autosaveMs: 0 });
  await writer.addPupil(fakePupil({ id: "pupil-ada", firstName: "Ada", lastName: "Example" }));
  await writer.addPupil(fakePupil({ id: "pupil-bo", firstName: "Bo", lastName: "Sample" }));
  const ada = goodCycle({ id: "cycle-ada-1", pupilId: "pupil-ada" });
  const bo1 = editCycle(goodCycle({ id: "cycle-bo-1", pupilId: "pupil-bo" }), (c) => {
    c.status = "closed";
    c.stages.review.reviewedOn = "2026-01-20";
  });
  const bo2 = goodCycle({ id: "cycle-bo-2", pupilId: "pupil-bo", number: 2, openedOn: "2026-01-21", stages: { plan: { reviewDate: "2026-06-01" } } });
  for (const c of [ada, bo1, bo2]) writer.updateCycle(c);
  await writer.flush();
  return install;
}

describe("pupils model with cycle summaries", () => {
  it("shows the Due view from summaries alone, and reads a pupil's cycles when their page needs them", async () => {
    const { model } = await seeded();
    const panel = createPupilsModel(() => model.storage(), today);
    await panel.load();

    expect(panel.cycles.value).toEqual([]);
    expect(cycleItems(panel.due.value).map((d) => [d.kind, d.pupilId, d.cycleId])).toEqual([
      ["review-overdue", "pupil-ada", "cycle-ada-1"],
      ["no-outcomes", "pupil-bo", "cycle-bo-2"],
    ]);
    expect(panel.summaryOf("pupil-bo")).toMatchObject({ cycles: 2, highestNumber: 2, open: { id: "cycle-bo-2", reviewDate: "2026-06-01" } });

    expect(panel.cyclesReady("pupil-bo")).toBe(false);
    await panel.ensureCycles("pupil-bo");
    expect(panel.cyclesReady("pupil-bo")).toBe(true);
    expect(panel.cyclesOf("pupil-bo").map((c) => c.id).sort()).toEqual(["cycle-bo-1", "cycle-bo-2"]);
    expect(panel.cyclesOf("pupil-ada")).toEqual([]);
  });

  it("numbers a new cycle after the pupil's stored ones even when none were read yet", async () => {
    const { model } = await seeded();
    const panel = createPupilsModel(() => model.storage(), today);
    await panel.load();
    const bo = await panel.openCycle("pupil-bo");
    expect(bo.id).toBe("cycle-bo-2"); // the open one, not a new cycle 1

    const ada = panel.cycleById("cycle-ada-1");
    expect(ada).toBeUndefined();
    await panel.ensureCycles("pupil-ada");
    const next = await panel.closeReview("cycle-ada-1", { ...panel.cycleById("cycle-ada-1")!.stages.review, reviewedOn: "2026-03-24" });
    expect(next.number).toBe(2);
    expect(panel.summaryOf("pupil-ada")).toMatchObject({ cycles: 2, highestNumber: 2, open: { id: next.id, number: 2 } });
    expect((await model.storage().summaries!.getAll()).records.find((s) => s.id === "pupil-ada")).toMatchObject({ cycles: 2, open: { id: next.id } });
  });

  it("follows another window's cycle save on reload, though this window never read that pupil's cycles", async () => {
    const { model, openAnotherPage } = await seeded();
    const panel = createPupilsModel(() => model.storage(), today);
    await panel.load();
    expect(panel.due.value.some((d) => d.pupilId === "pupil-ada" && d.kind === "review-overdue")).toBe(true);

    const workspace = await openAnotherPage();
    await workspace.unlock(PASSPHRASE);
    const other = createPupilsModel(() => workspace.storage(), today, { autosaveMs: 0 });
    await other.load();
    await other.ensureCycles("pupil-ada");
    other.updateCycle(editCycle(other.cycleById("cycle-ada-1")!, (c) => { c.stages.plan.reviewDate = "2026-07-01"; }));
    await other.flush();

    await panel.load();
    expect(panel.cycles.value).toEqual([]);
    expect(cycleItems(panel.due.value).some((d) => d.pupilId === "pupil-ada")).toBe(false);
    expect(panel.summaryOf("pupil-ada")?.open?.reviewDate).toBe("2026-07-01");
  });

  it("works the summaries out again from the cycles when they were marked out of date (after a restore)", async () => {
    const { model, dbName } = await seeded();
    const db = await openSendDb(dbName);
    const tx = db.transaction(["summaries", "meta"], "readwrite");
    await Promise.all([tx.objectStore("summaries").clear(), markSummariesStale(tx as never), tx.done]);
    db.close();

    const panel = createPupilsModel(() => model.storage(), today);
    await panel.load();
    expect(cycleItems(panel.due.value).map((d) => [d.kind, d.pupilId])).toEqual([["review-overdue", "pupil-ada"], ["no-outcomes", "pupil-bo"]]);
    expect(panel.summaryOf("pupil-bo")).toMatchObject({ cycles: 2, highestNumber: 2 });
    // Rebuilt and stored: the next load reads them without the mark.
    expect((await model.storage().summaries!.getAll()).stale).toBe(false);
  });

  it("shows an edit not yet saved in the Due view at once", async () => {
    const { model } = await seeded();
    const panel = createPupilsModel(() => model.storage(), today, { autosaveMs: 60_000 });
    await panel.load();
    await panel.ensureCycles("pupil-ada");
    panel.updateCycle(editCycle(panel.cycleById("cycle-ada-1")!, (c) => { c.stages.plan.reviewDate = "2026-04-01"; }));
    expect(panel.due.value.find((d) => d.pupilId === "pupil-ada")).toMatchObject({ kind: "review-due", date: "2026-04-01" });
    panel.clear();
    expect(panel.summaries.value.size).toBe(0);
  });

  it("reads the register from its snapshot once one is saved, and saves a pupil read from it without a conflict", async () => {
    const { model, dbName } = await seeded();
    let pupilReads = 0;
    const counted = () => {
      const stores = model.storage();
      return { ...stores, pupils: { ...stores.pupils, getAll: () => (pupilReads++, stores.pupils.getAll()) } };
    };
    const first = createPupilsModel(counted, today);
    await first.load();
    const afterFirst = pupilReads;
    expect(afterFirst).toBeGreaterThan(0);
    await expect.poll(async () => (await model.storage().register!.read()).snapshot?.pupils.length).toBe(2);
    // Encrypted, with the fingerprint of its schema, so reading it back need not check 2,000 pupils one by one.
    const db = await openSendDb(dbName);
    const raw = (await db.getAll("register"))[0]?.payload as { v: number; f?: string };
    db.close();
    expect(raw.v).toBe(3);
    expect(raw.f).toMatch(/^\d+\.[0-9a-f]{8}$/);

    const second = createPupilsModel(counted, today);
    await second.load();
    expect(pupilReads).toBe(afterFirst);
    expect(second.pupils.value.map((p) => p.firstName).sort()).toEqual(["Ada", "Bo"]);
    expect(cycleItems(second.due.value).map((d) => [d.kind, d.pupilId])).toEqual([["review-overdue", "pupil-ada"], ["no-outcomes", "pupil-bo"]]);

    await second.editPupil({ ...second.pupilById("pupil-ada")!, lastName: "Renamed" });
    expect(second.conflict.value).toBeNull();
    // The save deleted the snapshot: the next load reads the stores again, and sees the change.
    const third = createPupilsModel(counted, today);
    await third.load();
    expect(pupilReads).toBe(afterFirst + 1);
    expect(third.pupilById("pupil-ada")?.lastName).toBe("Renamed");
  });
});
