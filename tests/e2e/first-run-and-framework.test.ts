import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import type { Page } from "playwright";
import { launchExtension, newProfileDir } from "./extension";

const PASSPHRASE = "correct horse battery staple";

async function protectWithPassphrase(page: Page) {
  await page.getByRole("heading", { name: "Protect your pupils' records" }).waitFor();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Set passphrase" }).click();
  const key = (await page.locator(".recovery-key").innerText()).trim();
  expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
  await page.getByLabel("I have printed or saved my recovery key").check();
  await page.getByRole("button", { name: "Continue" }).click();
  return key;
}

describe("side panel: first run, encryption, framework browser, reload", () => {
  const profile = newProfileDir();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it("saves the setting, sets a passphrase, filters the framework, and unlocks after a browser restart", async () => {
    const first = await launchExtension(profile);
    const page = await first.openPage("sidepanel.html");

    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Enter the name of your setting");

    await page.getByLabel("Name of your setting").fill("Test Valley Primary (fake)");
    await page.getByLabel("School").check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    const recoveryKey = await protectWithPassphrase(page);

    await page.getByRole("heading", { name: "Due", exact: true }).waitFor();
    await page.getByRole("button", { name: "Framework" }).click();
    await page.getByRole("heading", { name: /SEND Commitment/ }).waitFor();
    const status = page.getByRole("status").filter({ hasText: "Showing" });
    const total = Number((await status.innerText()).match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(150);

    await page.getByLabel("Tier").selectOption({ label: "Tier 4: Specialist" });
    await page.getByLabel("Search statements").fill("annual review");
    const shown = Number((await status.innerText()).match(/Showing (\d+)/)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const badges = await page.locator(".statement-list .badge").allInnerTexts();
    expect(badges.every((b) => b.includes("Specialist"))).toBe(true);

    await page.locator(".statement-toggle").first().click();
    await page.getByRole("heading", { name: "Strategies you might see" }).waitFor();

    await page.getByRole("button", { name: "Lock" }).click();
    await page.getByRole("heading", { name: "Unlock Test Valley Primary (fake)" }).waitFor();

    expect(first.outsideRequests).toEqual([]);
    await first.close();

    const second = await launchExtension(profile);
    const again = await second.openPage("sidepanel.html");
    await again.getByRole("heading", { name: "Unlock Test Valley Primary (fake)" }).waitFor();
    await again.getByLabel("Passphrase").fill("not the passphrase at all");
    await again.getByRole("button", { name: "Unlock", exact: true }).click();
    await expect.poll(() => again.getByRole("alert").innerText()).toContain("passphrase is not right");

    await again.getByRole("button", { name: /Use your recovery key/ }).click();
    await again.getByLabel("Recovery key").fill(recoveryKey.toLowerCase());
    await again.getByRole("button", { name: "Unlock", exact: true }).click();
    // A recovery-key unlock must end with a new passphrase and a new recovery key; the old ones stop working.
    await again.getByRole("heading", { name: "Choose a new passphrase" }).waitFor();
    expect(await again.getByRole("heading", { name: "Due", exact: true }).count()).toBe(0);
    const NEW_PASSPHRASE = "walnut harbour teacup ribbon";
    await again.getByLabel("Passphrase", { exact: true }).fill(NEW_PASSPHRASE);
    await again.getByLabel("Type the passphrase again").fill(NEW_PASSPHRASE);
    await again.getByRole("button", { name: "Set new passphrase" }).click();
    const newKey = (await again.locator(".recovery-key").innerText()).trim();
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
    expect(newKey).not.toBe(recoveryKey);
    await again.getByLabel("I have printed or saved my recovery key").check();
    await again.getByRole("button", { name: "Continue" }).click();
    await again.getByRole("heading", { name: "Due", exact: true }).waitFor();
    expect(await again.getByRole("button", { name: "Save and continue" }).count()).toBe(0);

    await again.getByRole("button", { name: "Lock", exact: true }).click();
    await again.getByRole("button", { name: /Use your recovery key/ }).click();
    await again.getByLabel("Recovery key").fill(recoveryKey);
    await again.getByRole("button", { name: "Unlock", exact: true }).click();
    await expect.poll(() => again.getByRole("alert").innerText()).toMatch(/recovery key/i);
    await again.getByLabel("Recovery key").fill(newKey);
    await again.getByRole("button", { name: "Unlock", exact: true }).click();
    await again.getByRole("heading", { name: "Choose a new passphrase" }).waitFor();
    expect(second.outsideRequests).toEqual([]);
    await second.close();
  });
});
