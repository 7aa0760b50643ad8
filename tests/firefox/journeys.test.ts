import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ElementHandle, Page } from "puppeteer-core";
import { pdfText } from "../support/pdf-text";
import { button, clickToDownload, field, fill, goTo, launchFirefoxExtension, waitForText, widths } from "./firefox-extension";

const DEMO_PASSPHRASE = "demo school passphrase";
const PASSPHRASE = "firefox test passphrase, not a real one";

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);

/** Clicks the tab whose name matches, once it is there (the cycle editor loads when first opened). */
async function clickTab(page: Page, name: RegExp) {
  const find = (source: string, flags: string) =>
    [...document.querySelectorAll('[role="tab"]')].find((tab) => new RegExp(source, flags).test(tab.textContent ?? "")) ?? null;
  await page.waitForFunction(find, {}, name.source, name.flags).catch(() => {
    throw new Error(`No tab named ${name}`);
  });
  const tab = (await page.evaluateHandle(find, name.source, name.flags)) as unknown as ElementHandle<Element>;
  await tab.click();
}

/** The demo school's key is not kept when a page opens afresh, so unlock when asked. */
async function unlock(page: Page, passphrase: string) {
  await fill(page, "Passphrase", passphrase);
  await (await button(page, "Unlock")).click();
}

/** Opening a page afresh asks for the passphrase again; moving within one page does not. */
async function unlockIfAsked(page: Page, passphrase: string, ready: string) {
  await page.waitForFunction((text) => document.querySelector("#unlock-title") || document.body.innerText.includes(text), {}, ready);
  if (await page.$("#unlock-title")) await unlock(page, passphrase);
  await waitForText(page, ready);
}

/** Each width from 320 to 400 px: nothing scrolls sideways, the tab row stays one row, type is at least 16 px. */
async function checkLayout(page: Page) {
  for (const width of [320, 360, 400]) {
    await page.setViewport({ width, height: 800 });
    const { content, window } = await widths(page);
    expect(content, `content width at ${width} px`).toBeLessThanOrEqual(window);
    const tabTops = await page.$$eval(".panel-tabs button", (tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tabTops).size, `tab rows at ${width} px`).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
  }
  await page.setViewport({ width: 360, height: 800 });
}

describe("Firefox: the extension's main journeys in Firefox ESR", () => {
  const kept = mkdtempSync(join(tmpdir(), "send-companion-firefox-kept-"));
  afterAll(() => rmSync(kept, { recursive: true, force: true }));
  let backup = "";

  it("runs the demo school: layout, a pupil's cycle, an evidence pack, lock and unlock, an audit rating and a backup", async () => {
    const session = await launchFirefoxExtension();
    onTestFinished(() => session.close());
    const panel = session.panel;
    await waitForText(panel, "Try with a demo school");
    await checkLayout(panel);

    await (await button(panel, "Try with a demo school")).click();
    await waitForText(panel, "This is a demo school.");
    expect(await panel.evaluate(() => location.href)).toMatch(/^moz-extension:\/\//);
    await checkLayout(panel);

    // A pupil whose review is due: the evidence pack, then their open cycle.
    await panel.locator(".due-group .due-item").click();
    await waitForText(panel, "One-page profile");
    const name = await textOf(panel, "main h2");
    await clickToDownload(panel, "Download evidence pack (PDF)");
    const pack = pdfText(await session.downloaded(/\.pdf$/));
    expect(pack).toContain("Evidence for an EHC needs assessment");
    expect(pack).toContain(name);

    await panel.locator("::-p-text(Continue cycle)").click();
    await clickTab(panel, /^Do/);
    const delivered = async () => Number((await textOf(panel, ".stage-form")).match(/(\d+) delivered, \d+ missed/)?.[1] ?? NaN);
    const before = await delivered();
    await (await button(panel, "Delivered")).click();
    await expect.poll(delivered).toBe(before + 1);
    await waitForText(panel, "All changes saved");
    await checkLayout(panel);

    await (await button(panel, "Lock")).click();
    await panel.waitForSelector("#unlock-title");
    expect(await textOf(panel, "#unlock-title")).toMatch(/^Unlock .*Sampleton/);
    expect(await panel.evaluate(() => document.body.innerText)).not.toContain(name);
    await unlock(panel, "not the passphrase");
    await panel.waitForSelector('[role="alert"]');
    await unlock(panel, DEMO_PASSPHRASE);
    await waitForText(panel, "This is a demo school.");

    // The workspace: rate one statement of a new audit by its number key.
    await goTo(panel, "workspace.html#/audit");
    await panel.setViewport({ width: 1280, height: 900 });
    await unlockIfAsked(panel, DEMO_PASSPHRASE, "You have not started an audit yet.");
    await (await field(panel, "Phase to audit")).select("school");
    await (await button(panel, "Start a new audit")).click();
    await waitForText(panel, "Self-audit: School");
    await (await button(panel, "Go to the next statement not rated")).click();
    await panel.keyboard.press("2");
    await expect.poll(() => textOf(panel, ".audit-progress strong")).toMatch(/^1 of \d+ rated$/);
    await waitForText(panel, "All changes saved on this computer");

    await goTo(panel, "workspace.html#/setting");
    await unlockIfAsked(panel, DEMO_PASSPHRASE, "Backup and restore");
    await fill(panel, "Passphrase for the backup file", "firefox backup passphrase");
    await fill(panel, "Type the backup passphrase again", "firefox backup passphrase");
    await clickToDownload(panel, "Make a backup");
    const file = await session.downloaded(/^send-companion-backup-.*\.json$/);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("send-companion-backup");
    expect(text).not.toContain(name);
    backup = join(kept, "backup.json");
    copyFileSync(file, backup);

    expect(session.outsideRequests).toEqual([]);
  });

  it("restores that backup into a new install and unlocks it with the old passphrase", async () => {
    expect(backup, "the first journey made a backup").not.toBe("");
    const session = await launchFirefoxExtension();
    onTestFinished(() => session.close());
    const panel = session.panel;
    await panel.locator("::-p-text(Moving to a new computer? Restore from a backup)").click();
    await (await field(panel, "Backup file")).uploadFile(backup);
    await fill(panel, "Passphrase for the backup file", "firefox backup passphrase");
    await (await button(panel, "Restore")).click();
    await panel.waitForSelector("#unlock-title");
    await unlock(panel, DEMO_PASSPHRASE);
    await waitForText(panel, "This is a demo school.");
    await (await button(panel, "Setting")).click();
    await expect.poll(() => textOf(panel, ".summary-list")).toMatch(/Pupils on record\s*30/);
    expect(session.outsideRequests).toEqual([]);
  });

  it("sets up a new school with a passphrase, locks, and refuses a wrong passphrase before unlocking", async () => {
    const session = await launchFirefoxExtension();
    onTestFinished(() => session.close());
    const panel = session.panel;
    await fill(panel, "Name of your setting", "Firefox Test Primary (fake)");
    await (await field(panel, "School")).click();
    await (await button(panel, "Save and continue")).click();
    await fill(panel, "Passphrase", PASSPHRASE);
    await fill(panel, "Type the passphrase again", PASSPHRASE);
    await (await button(panel, "Set passphrase")).click();
    await (await field(panel, "I have printed or saved my recovery key")).click();
    await (await button(panel, "Continue")).click();
    await waitForText(panel, "No pupils yet");
    await checkLayout(panel);

    await (await button(panel, "Lock")).click();
    expect(await textOf(panel, "#unlock-title")).toBe("Unlock Firefox Test Primary (fake)");
    await unlock(panel, "the wrong passphrase");
    await expect.poll(() => textOf(panel, '[role="alert"]')).toMatch(/passphrase/i);
    await unlock(panel, PASSPHRASE);
    await waitForText(panel, "No pupils yet");
    expect(session.outsideRequests).toEqual([]);
  });
});
