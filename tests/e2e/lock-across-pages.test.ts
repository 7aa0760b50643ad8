import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { launchExtension, unlockIfAsked } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";

async function unlock(page: Page) {
  await page.getByLabel("Passphrase", { exact: true }).fill(DEMO_PASSPHRASE);
  await page.getByRole("button", { name: "Unlock", exact: true }).click();
  await page.getByRole("button", { name: "Lock", exact: true }).waitFor();
}

/** The service worker's `chrome.storage.session`, typed only as far as these tests use it. */
type SessionGlobal = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } } } };

/** What the extension's session storage holds under "unlocked" (read from the background service worker). */
const sessionEntry = (worker: import("playwright").Worker) =>
  worker.evaluate(async () => (await (globalThis as unknown as SessionGlobal).chrome.storage.session.get("unlocked")).unlocked ?? null);

describe("one unlock and one lock across pages", () => {
  it("opens a workspace unlocked after the side panel unlocks; Lock in either page locks the other; unlocking one unlocks the other", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    await panel.getByRole("button", { name: "Lock", exact: true }).click();
    await unlock(panel);

    // Opened afterwards: straight to its normal screen, no passphrase typed.
    const workspace = await session.openPage("workspace.html#/setting");
    await workspace.getByRole("heading", { name: "Backup and restore" }).waitFor();
    expect(await workspace.getByLabel("Passphrase", { exact: true }).count()).toBe(0);
    // The key is in session storage, where the background (and only extension pages) can read it.
    expect(await sessionEntry(session.worker)).toMatchObject({ v: 1, mustResetPassphrase: false });

    await panel.getByRole("button", { name: "Lock", exact: true }).click();
    await workspace.getByText("SEND Companion was locked in another window.").waitFor();
    await expect.poll(() => workspace.getByRole("heading", { name: "Backup and restore" }).count()).toBe(0);
    await expect.poll(() => workspace.getByLabel("Passphrase", { exact: true }).isVisible()).toBe(true);
    expect(await sessionEntry(session.worker)).toBeNull();

    // Unlocking the workspace unlocks the open side panel too; Lock in the workspace locks the panel.
    await unlock(workspace);
    await panel.getByText("This is a demo school.").waitFor();
    await workspace.getByRole("button", { name: "Lock", exact: true }).click();
    await panel.getByText("SEND Companion was locked in another window.").waitFor();
    await expect.poll(() => panel.getByText("This is a demo school.").count()).toBe(0);

    // What the background does when chrome.idle reports the screen locked: the key leaves session storage.
    await unlock(panel);
    await workspace.getByRole("heading", { name: "Backup and restore" }).waitFor();
    await session.worker.evaluate(() => (globalThis as unknown as SessionGlobal).chrome.storage.session.remove("unlocked"));
    await panel.getByLabel("Passphrase", { exact: true }).waitFor();
    await workspace.getByLabel("Passphrase", { exact: true }).waitFor();
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 60_000);
});

describe("Security: recovery key", () => {
  it("makes a new recovery key from the workspace's Security section and shows it once", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const workspace = await session.openPage("workspace.html#/setting");
    await unlockIfAsked(workspace, DEMO_PASSPHRASE);
    await workspace.getByRole("button", { name: "Make a new recovery key" }).click();
    await workspace.getByRole("heading", { name: "Save your recovery key" }).waitFor();
    expect((await workspace.locator(".recovery-key").innerText()).trim()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
    await workspace.getByLabel("I have printed or saved my recovery key").check();
    await workspace.getByRole("button", { name: "Continue" }).click();
    await workspace.getByRole("heading", { name: "Security" }).waitFor();
    await session.close();
  }, 60_000);
});

describe("Security: my passphrase may be known", () => {
  it("re-encrypts everything under a new passphrase from the workspace; the side panel opens with the new key, and after Lock only with the new passphrase", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const workspace = await session.openPage("workspace.html#/setting");
    await workspace.setViewportSize({ width: 1280, height: 900 });
    await workspace.getByRole("heading", { name: "My passphrase may be known" }).waitFor();
    const form = workspace.getByRole("form", { name: "My passphrase may be known" });
    await form.getByLabel("New passphrase", { exact: true }).fill("velvet compass orchard thunder");
    await form.getByLabel("Type the new passphrase again").fill("velvet compass orchard thunder");
    await workspace.getByRole("button", { name: "Re-encrypt everything with a new key" }).click();
    await workspace.getByRole("heading", { name: "Save your recovery key" }).waitFor();

    await workspace.getByLabel("I have printed or saved my recovery key").check();
    await workspace.getByRole("button", { name: "Continue" }).click();
    await workspace.getByRole("heading", { name: "Security" }).waitFor();
    // The panel locked while it ran (tests/unit/state/reencrypt.test.ts), then opened with the new key, shared.
    await panel.getByText("This is a demo school.").waitFor();
    await panel.getByRole("button", { name: "Lock", exact: true }).click();
    await panel.getByLabel("Passphrase", { exact: true }).fill(DEMO_PASSPHRASE);
    await panel.getByRole("button", { name: "Unlock", exact: true }).click();
    await panel.getByText("That passphrase is not right. Check it and try again.").first().waitFor();
    await panel.getByLabel("Passphrase", { exact: true }).fill("velvet compass orchard thunder");
    await panel.getByRole("button", { name: "Unlock", exact: true }).click();
    await panel.getByRole("button", { name: "Setting" }).click();
    await expect.poll(() => panel.locator(".summary-list").innerText()).toMatch(/Pupils on record\s*30/);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 90_000);
});
