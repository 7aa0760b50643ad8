import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright";
import { screenshotIfAsked } from "../support/screenshot";
import { tempDir } from "../support/temp-dir";
import { launchExtension } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";
const BACKUP_PASSPHRASE = "backup file passphrase for tests";

/** With one unlock for every page the workspace may open unlocked; otherwise it asks. */
async function unlockIfAsked(page: Page) {
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  const lock = page.getByRole("button", { name: "Lock", exact: true });
  await expect.poll(async () => (await passphrase.isVisible()) || (await lock.isVisible())).toBe(true);
  if (await passphrase.isVisible()) {
    await passphrase.fill(DEMO_PASSPHRASE);
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
  }
  await lock.waitFor();
}

describe("merging a backup into an install with records", () => {
  it("shows what it will do before writing, and does not bring back a pupil deleted since the backup", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const workspace = await session.openPage("workspace.html#/setting");
    await unlockIfAsked(workspace);
    await workspace.getByLabel("Passphrase for the backup file").first().fill(BACKUP_PASSPHRASE);
    await workspace.getByLabel("Type the backup passphrase again").fill(BACKUP_PASSPHRASE);
    const [download] = await Promise.all([workspace.waitForEvent("download"), workspace.getByRole("button", { name: "Make a backup" }).click()]);
    const path = join(tempDir("merge"), download.suggestedFilename());
    await download.saveAs(path);

    // After the backup, one pupil is deleted in the side panel.
    await panel.getByRole("button", { name: "Pupils", exact: true }).click();
    const row = panel.locator(".pupil-row").first();
    await row.click();
    const name = (await panel.getByRole("heading", { level: 2 }).first().innerText()).trim();
    await panel.getByRole("button", { name: `Delete ${name}` }).click();
    await panel.getByRole("button", { name: `Yes, delete ${name}` }).click();
    await panel.getByText(`${name} deleted.`).waitFor();

    await workspace.getByLabel("Backup file", { exact: true }).setInputFiles(path);
    await workspace.getByLabel("Passphrase for the backup file").last().fill(BACKUP_PASSPHRASE);
    await workspace.getByRole("button", { name: "Check the backup" }).click();
    await workspace.getByRole("heading", { name: "What restoring this backup will do" }).waitFor();
    const preview = workspace.locator(".merge-preview");
    await expect.poll(() => preview.innerText()).toMatch(/deleted here since the backup was made: (it stays|they stay) deleted/);
    await preview.getByText(/Pupils in the backup that differ from here/).click();
    expect(await preview.innerText()).toContain(`${name}: stays deleted`);
    await preview.scrollIntoViewIfNeeded();
    await screenshotIfAsked(workspace, "workspace-merge-preview.png");
    expect(await preview.getByRole("button", { name: "Nothing to restore" }).isDisabled()).toBe(true);
    await preview.getByRole("button", { name: "Cancel" }).click();
    await workspace.getByText("Nothing was restored.").waitFor();
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 90_000);
});
