import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { launchExtension, newProfileDir } from "./extension";

describe("side panel: first run, framework browser, reload", () => {
  const profile = newProfileDir();
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it("saves the setting, filters the framework, and keeps the setting after a browser restart", async () => {
    const first = await launchExtension(profile);
    const page = await first.openPage("sidepanel.html");

    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Enter the name of your setting");

    await page.getByLabel("Name of your setting").fill("Test Valley Primary (fake)");
    await page.getByLabel("School").check();
    await page.getByRole("button", { name: "Save and continue" }).click();

    await page.getByRole("heading", { name: "Your setting" }).waitFor();
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

    expect(first.outsideRequests).toEqual([]);
    await first.close();

    const second = await launchExtension(profile);
    const again = await second.openPage("sidepanel.html");
    await again.getByText("Test Valley Primary (fake)").first().waitFor();
    expect(await again.getByRole("button", { name: "Save and continue" }).count()).toBe(0);
    expect(second.outsideRequests).toEqual([]);
    await second.close();
  });
});
