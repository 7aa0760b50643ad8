import { describe, expect, it } from "vitest";
import { createAppModel } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { openSendDb } from "@/storage";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();

/** Overwrites the clear setting record, as a damaged disk or a bad edit might. */
async function damageSetting(dbName: string, damage: (payload: Record<string, unknown>) => unknown = () => "not a setting at all") {
  const db = await openSendDb(dbName);
  const tx = db.transaction("settings", "readwrite");
  const record = await tx.store.get("setting");
  const payload = record?.payload as Record<string, unknown>;
  await tx.store.put({ id: "setting", payload: damage(payload) });
  await tx.done;
  db.close();
}

describe("a damaged setting record", () => {
  it("still opens when some fields are damaged: each is replaced by its default and named, until the user keeps the defaults", async () => {
    const { dbName } = await newInstall();
    await damageSetting(dbName, (payload) => ({ ...payload, lockAfterMinutes: "soon", phases: "all of them" }));
    const model = createAppModel(await openAppDeps(dbName));
    await model.load();
    expect(model.status.value).toBe("locked");
    expect(model.setting.value).toMatchObject({ name: "Fictional Fields Academy", phases: ["school"], lockAfterMinutes: 15 });
    expect(model.settingProblems.value).toEqual([
      "The phases could not be read, so only School is chosen. Check them in Setting.",
      "The lock time could not be read, so it is back to 15 minutes.",
    ]);
    await model.unlock(PASSPHRASE);
    expect(model.status.value).toBe("ready");
    await model.keepRepairedSetting();
    expect(model.settingProblems.value).toEqual([]);
  }, 30_000);

  it("opens to the failure screen when nothing of it can be read, from which Erase everything starts afresh", async () => {
    const { dbName } = await newInstall();
    await damageSetting(dbName);
    const model = createAppModel(await openAppDeps(dbName));
    await model.load();
    expect(model.status.value).toBe("failed");
    expect(model.problem.value).toMatch(/^SEND Companion could not open its data on this computer: /);
    await model.leaveDemo();
    expect(model.status.value).toBe("first-run");
    expect(model.problem.value).toBeNull();
  }, 30_000);

  it("can be replaced by a backup from the failure screen, then unlocked with the backup's passphrase", async () => {
    const { model: source } = await newInstall();
    const backup = new Blob([await source.makeBackup("walnut harbour teacup ribbon")]);
    const { dbName } = await newInstall();
    await damageSetting(dbName);
    const model = createAppModel(await openAppDeps(dbName));
    await model.load();
    expect(model.status.value).toBe("failed");
    await expect(model.replaceWithBackup(backup, "the wrong backup passphrase")).rejects.toThrow(/passphrase/i);
    expect(model.status.value, "a wrong passphrase erases nothing").toBe("failed");
    await model.replaceWithBackup(backup, "walnut harbour teacup ribbon");
    expect(model.status.value).toBe("locked");
    await model.unlock(PASSPHRASE);
    expect(model.status.value).toBe("ready");
    expect(model.setting.value?.name).toBe("Fictional Fields Academy");
  }, 60_000);
});
