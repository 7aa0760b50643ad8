import { describe, expect, it } from "vitest";
import { onSettingChanged } from "@/state/records-changed";
import { newInstalls } from "./new-install";

const newInstall = newInstalls();

describe("making a backup", () => {
  it("notes the day in the setting, so every page can say how long ago it was", async () => {
    const { model, openAnotherPage } = await newInstall();
    expect(model.setting.value?.lastBackupOn).toBeUndefined();
    const file = await model.makeBackup("walnut harbour teacup ribbon");
    expect(file.size).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(model.setting.value?.lastBackupOn).toBe(today);
    const other = await openAnotherPage();
    expect(other.setting.value?.lastBackupOn).toBe(today);
  }, 30_000);

  it("tells the other open page, which reads the setting again", async () => {
    const { model, openAnotherPage } = await newInstall();
    const other = await openAnotherPage();
    expect(other.setting.value?.lastBackupOn).toBeUndefined();
    const heard = new Promise<void>((resolve) => {
      const stop = onSettingChanged(() => {
        stop();
        resolve();
      });
    });
    await model.makeBackup("walnut harbour teacup ribbon");
    await heard;
    await other.reloadSetting();
    expect(other.setting.value?.lastBackupOn).toBe(new Date().toISOString().slice(0, 10));
  }, 30_000);
});
