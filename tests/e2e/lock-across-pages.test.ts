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
