import { afterEach, describe, expect, it } from "vitest";
import { createAppModel, isRestorePreview, type RestorePreview } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { deleteSendDb } from "@/storage";
import { fakePupil } from "../../fixtures/graduated";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();
const BACKUP_PASSPHRASE = "walnut harbour teacup ribbon";
const extra: string[] = [];
afterEach(async () => {
  await Promise.all(extra.splice(0).map((name) => deleteSendDb(name)));
});

const ada = fakePupil({ id: "pupil-ada", firstName: "Ada", lastName: "Example", updatedAt: "2026-01-01T09:00:00.000Z" });
const bob = fakePupil({ id: "pupil-bob", firstName: "Bob", lastName: "Sample", updatedAt: "2026-01-01T09:00:00.000Z" });
const cat = fakePupil({ id: "pupil-cat", firstName: "Cat", lastName: "Specimen", updatedAt: "2026-01-01T09:00:00.000Z" });

/** This install with three pupils, and a second computer restored from its backup (same passphrase). */
async function twoComputers() {
  const { model } = await newInstall();
  await model.storage().pupils.putMany([ada, bob, cat]);
  const file = new Blob([await model.makeBackup(BACKUP_PASSPHRASE)]);
  const name = `install-${crypto.randomUUID()}`;
  extra.push(name);
  const laptop = createAppModel(await openAppDeps(name));
  await laptop.load();
  const restored = await laptop.restoreBackup(file, BACKUP_PASSPHRASE);
  expect(isRestorePreview(restored)).toBe(false);
  await laptop.unlock(PASSPHRASE);
  return { model, laptop };
}

async function preview(model: ReturnType<typeof createAppModel>, file: Blob): Promise<RestorePreview> {
  const result = await model.restoreBackup(file, BACKUP_PASSPHRASE);
  if (!isRestorePreview(result)) throw new Error("expected a preview");
  return result;
}

describe("a merge restore", () => {
  it("previews first, keeps newer edits here, takes newer ones from the backup and never revives a deleted pupil", async () => {
    const { model, laptop } = await twoComputers();
    // On the laptop, Cat's record is edited and a backup made.
    await laptop.storage().pupils.getAll();
    await laptop.storage().pupils.put({ ...cat, lastName: "Edited-On-Laptop", updatedAt: "2026-02-01T09:00:00.000Z" });
    const laptopBackup = new Blob([await laptop.makeBackup(BACKUP_PASSPHRASE)]);
    // Here, later, Ada is edited and Bob is deleted.
    await model.storage().pupils.getAll();
    await model.storage().pupils.put({ ...ada, lastName: "Edited-Here", updatedAt: "2026-03-01T09:00:00.000Z" });
    await model.storage().deletePupilAndCycles(bob.id);

    const plan = await preview(model, laptopBackup);
    expect(plan.pupils).toEqual([
      { outcome: "newer-here", label: "Ada Example" },
      { outcome: "erased-here", label: "Bob Sample" },
      { outcome: "newer-in-backup", label: "Cat Edited-On-Laptop" },
    ]);
    expect(plan.counts["newer-in-backup"]).toBeGreaterThanOrEqual(1);
    // Nothing is written until the user confirms.
    expect((await model.storage().pupils.get(cat.id))?.lastName).toBe("Specimen");

    const summary = await plan.apply();
    expect(summary.byKind.pupils).toEqual({ added: 0, replaced: 1 });
    const { records } = await model.storage().pupils.getAll();
    expect(records.map((p) => `${p.firstName} ${p.lastName}`).sort()).toEqual(["Ada Edited-Here", "Cat Edited-On-Laptop"]);
  }, 60_000);

  it("writes nothing when a record it would replace was saved here after the preview", async () => {
    const { model, laptop } = await twoComputers();
    await laptop.storage().pupils.getAll();
    await laptop.storage().pupils.put({ ...cat, lastName: "Edited-On-Laptop", updatedAt: "2026-02-01T09:00:00.000Z" });
    const plan = await preview(model, new Blob([await laptop.makeBackup(BACKUP_PASSPHRASE)]));
    await model.storage().pupils.getAll();
    await model.storage().pupils.put({ ...cat, lastName: "Saved-Meanwhile", updatedAt: "2026-01-15T09:00:00.000Z" });
    await expect(plan.apply()).rejects.toMatchObject({ code: "changed-meanwhile" });
    expect((await model.storage().pupils.get(cat.id))?.lastName).toBe("Saved-Meanwhile");
  }, 60_000);
});
