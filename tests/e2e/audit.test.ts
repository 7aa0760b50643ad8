import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright";
import { pdfText } from "../support/pdf-text";
import { launchExtension } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";

/** The demo school's data key is forgotten whenever a page opens, so unlock when asked. */
async function unlockIfAsked(page: Page) {
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  const audit = page.getByRole("heading", { name: /Setting self-audit|Self-audit:/ });
  await passphrase.or(audit).first().waitFor();
  if (await passphrase.isVisible()) {
    await passphrase.fill(DEMO_PASSPHRASE);
    await page.keyboard.press("Enter");
  }
  await audit.first().waitFor();
}

const focusedGroup = (page: Page) => page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.id ?? document.activeElement?.id ?? "");

/** Presses a number key on the focused statement and waits for focus to move on to the next one. */
async function rateByKey(page: Page, key: string) {
  const before = await focusedGroup(page);
  await page.keyboard.press(key);
  await expect.poll(async () => {
    const now = await focusedGroup(page);
    return now !== before && (now.startsWith("rate-") || now === "audit-finish");
  }).toBe(true);
}

const ratedCount = async (page: Page) => (await page.locator(".audit-progress strong").innerText()).match(/^(\d+) of (\d+) rated$/)!.slice(1).map(Number);

describe("setting self-audit in the workspace", () => {
  const downloads = mkdtempSync(join(tmpdir(), "audit-download-"));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  it("completes an audit of the demo school by keyboard, keeps typing over a reload, and downloads the report", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText(/Demo school/).first().waitFor();

    const page = await session.openPage("workspace.html#/audit");
    await page.setViewportSize({ width: 1280, height: 900 });
    await unlockIfAsked(page);
    await expect.poll(() => page.getByText("You have not started an audit yet.").isVisible()).toBe(true);
    await page.getByLabel("Phase to audit").selectOption({ label: "School" });
    await page.getByRole("button", { name: "Start a new audit" }).click();
    await page.getByRole("heading", { name: "Self-audit: School" }).waitFor();
    const total = (await ratedCount(page))[1]!;
    expect(total).toBeGreaterThan(100);

    // Tab from the "next statement" button into the first statement's rating, then rate five by number keys.
    await page.getByRole("button", { name: "Go to the next statement not rated" }).click();
    for (let i = 0; i < 5; i++) await rateByKey(page, String(i % 4));
    await expect.poll(() => ratedCount(page)).toEqual([5, total]);

    // Type evidence on the sixth statement; it is saved within moments, so a reload loses nothing.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByLabel("Evidence", { exact: true }).pressSequentially("Seen on the learning walk");
    await page.getByText("All changes saved on this computer").waitFor();
    await page.reload();
    await unlockIfAsked(page);
    await expect.poll(() => ratedCount(page)).toEqual([5, total]);
    await page.getByRole("button", { name: "Show evidence and action" }).first().click();
    await expect.poll(() => page.getByLabel("Evidence", { exact: true }).inputValue()).toBe("Seen on the learning walk");

    // Rate the rest by number keys alone; focus moves on, area by area, to the end.
    await page.getByRole("button", { name: "Go to the next statement not rated" }).click();
    for (let i = 5; i < total; i++) await rateByKey(page, String((i * 3) % 4));
    await expect.poll(() => ratedCount(page)).toEqual([total, total]);
    await page.getByText(`All ${total} statements are rated.`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("audit-finish");
    await page.getByRole("button", { name: "Mark the audit as complete" }).click();
    await page.getByRole("link", { name: "See results" }).last().click();
    await page.getByRole("heading", { name: /^Results: School self-audit/ }).waitFor();
    await expect.poll(() => page.locator(".score-bars").first().innerText()).toContain("Leadership and governance");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the report (PDF)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Self-audit - Demo .*\.pdf$/);
    const file = join(downloads, "report.pdf");
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain("Setting self-audit report");
    expect(text).toContain(`${total} of ${total} statements rated`);
    expect(text).toContain("Seen on the learning walk");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
