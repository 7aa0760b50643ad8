import { describe, expect, it } from "vitest";
import { newInstalls } from "./new-install";

const newInstall = newInstalls();

describe("making a backup", () => {
  it("notes the day in the setting, so every page can say how long ago it was", async () => {
    const { model, openAnotherPage } = await newInstall();
    expect(model.setting.value?.lastBackupOn).toBeUndefined();
    const file = await model.makeBackup("walnut harbour teacup ribbon");
    expect(file.byteLength).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(model.setting.value?.lastBackupOn).toBe(today);
    const other = await openAnotherPage();
    expect(other.setting.value?.lastBackupOn).toBe(today);
  }, 30_000);
});
