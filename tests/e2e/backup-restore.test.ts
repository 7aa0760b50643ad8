import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/temp-dir";
import { launchExtension, unlockIfAsked } from "./extension";

const BACKUP_PASSPHRASE = "backup file passphrase for tests";

describe("backup and restore", () => {
  it("backs up the demo school and restores it into a new install, then unlocks with the old passphrase", async () => {
    const source = await launchExtension();
    const panel = await source.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const workspace = await source.openPage("workspace.html#/setting");
    await unlockIfAsked(workspace, "demo school passphrase");
    await workspace.getByRole("heading", { name: "Backup and restore" }).waitFor();
    await workspace.getByLabel("Passphrase for the backup file").first().fill(BACKUP_PASSPHRASE);
    await workspace.getByLabel("Type the backup passphrase again").fill(BACKUP_PASSPHRASE);
    const [download] = await Promise.all([workspace.waitForEvent("download"), workspace.getByRole("button", { name: "Make a backup" }).click()]);
    const path = join(tempDir("backup"), download.suggestedFilename());
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.toString("utf8")).toContain("send-companion-backup");
    expect(bytes.toString("utf8")).not.toMatch(/Testington|Sampleby/);
    expect(source.outsideRequests).toEqual([]);
    await source.close();

    const target = await launchExtension();
    const fresh = await target.openPage("sidepanel.html");
    await fresh.getByText("Moving to a new computer? Restore from a backup").click();
    await fresh.getByLabel("Backup file", { exact: true }).setInputFiles(path);
    await fresh.getByLabel("Passphrase for the backup file").fill("the wrong backup passphrase");
    await fresh.getByRole("button", { name: "Restore" }).click();
    await expect.poll(() => fresh.getByRole("alert").innerText()).toMatch(/passphrase/i);

    await fresh.getByLabel("Passphrase for the backup file").fill(BACKUP_PASSPHRASE);
    await fresh.getByRole("button", { name: "Restore" }).click();
    await fresh.getByRole("heading", { name: /^Unlock / }).waitFor();
    await fresh.getByLabel("Passphrase").fill("demo school passphrase");
    await fresh.getByRole("button", { name: "Unlock", exact: true }).click();
    await fresh.getByText("This is a demo school.").waitFor();
    await fresh.getByRole("button", { name: "Setting" }).click();
    await expect.poll(() => fresh.locator(".summary-list").innerText()).toMatch(/Pupils on record\s*30/);

    const settings = await target.openPage("workspace.html#/setting");
    await unlockIfAsked(settings, "demo school passphrase");
    await settings.getByRole("button", { name: "Erase everything on this computer" }).click();
    await expect.poll(() => settings.getByRole("alert").first().innerText()).toContain("Type ERASE to confirm");
    await settings.getByLabel("Type ERASE to confirm").fill("erase");
    await settings.getByRole("button", { name: "Erase everything on this computer" }).click();
    await settings.getByRole("heading", { name: "Set up SEND Companion" }).waitFor();
    const left = await settings.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const req = indexedDB.open("send-companion");
        req.onsuccess = () => ok(req.result);
      });
      const count = await new Promise<number>((ok) => {
        const req = db.transaction("pupils").objectStore("pupils").count();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return count;
    });
    expect(left).toBe(0);
    expect(target.outsideRequests).toEqual([]);
    await target.close();
  });
});
