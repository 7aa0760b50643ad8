import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { launchExtension } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";

async function unlock(page: Page) {
  await page.getByLabel("Passphrase", { exact: true }).fill(DEMO_PASSPHRASE);
  await page.getByRole("button", { name: "Unlock", exact: true }).click();
  await page.getByRole("button", { name: "Lock", exact: true }).waitFor();
}

describe("one lock across pages", () => {
  it("locks the workspace when the side panel locks, and the side panel when the workspace locks", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const workspace = await session.openPage("workspace.html#/setting");
    await unlock(workspace);

    await panel.getByRole("button", { name: "Lock", exact: true }).click();
    await workspace.getByText("SEND Companion was locked in another window.").waitFor();
    await expect.poll(() => workspace.getByRole("heading", { name: "Backup and restore" }).count()).toBe(0);
    await expect.poll(() => workspace.getByLabel("Passphrase", { exact: true }).isVisible()).toBe(true);

    await unlock(panel);
    await unlock(workspace);
    await workspace.getByRole("button", { name: "Lock", exact: true }).click();
    await panel.getByText("SEND Companion was locked in another window.").waitFor();
    await expect.poll(() => panel.getByText("This is a demo school.").count()).toBe(0);
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
    await unlock(workspace);
    await workspace.getByRole("button", { name: "Make a new recovery key" }).click();
    await workspace.getByRole("heading", { name: "Save your recovery key" }).waitFor();
    expect((await workspace.locator(".recovery-key").innerText()).trim()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
    await workspace.getByLabel("I have printed or saved my recovery key").check();
    await workspace.getByRole("button", { name: "Continue" }).click();
    await workspace.getByRole("heading", { name: "Security" }).waitFor();
    await session.close();
  }, 60_000);
});
