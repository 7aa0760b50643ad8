import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { screenshotIfAsked } from "../support/screenshot";
import { launchExtension } from "./extension";
import { setUpNewSchool } from "./new-school";

const PASSPHRASE = "correct horse battery staple for tests";

/** The second window opens locked (each page unlocks on its own) or, with one unlock for all pages, unlocked. */
async function unlockIfAsked(page: Page) {
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  const lock = page.getByRole("button", { name: "Lock", exact: true });
  await expect.poll(async () => (await passphrase.isVisible()) || (await lock.isVisible())).toBe(true);
  if (await passphrase.isVisible()) {
    await passphrase.fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
  }
  await lock.waitFor();
}

async function openCycle(page: Page) {
  await page.getByRole("button", { name: "Pupils", exact: true }).click();
  await page.getByRole("button", { name: /McFakeface/ }).first().click();
  await page.getByRole("button", { name: "Continue cycle 1" }).click();
  await page.getByRole("heading", { name: "Cycle 1 for Testy McFakeface" }).waitFor();
}

const CONFLICT = /changed in another window after you opened it, so your change was not saved/;

/** Waits until one of the two windows says its save was refused; returns that window. */
async function whoIsRefused(a: Page, b: Page): Promise<Page> {
  await expect.poll(async () => (await a.getByText(CONFLICT).count()) + (await b.getByText(CONFLICT).count()), { timeout: 10_000 }).toBe(1);
  return (await a.getByText(CONFLICT).count()) > 0 ? a : b;
}

describe("two windows editing one pupil", () => {
  it("refuses the second window's save, says so, and offers to reload or keep it", async () => {
    const session = await launchExtension();
    const first = await session.openPage("sidepanel.html");
    await setUpNewSchool(first, "Two Windows Primary (fake)", PASSPHRASE);
    await first.getByRole("button", { name: "Add a pupil" }).click();
    await first.getByLabel("First name").fill("Testy");
    await first.getByLabel("Last name").fill("McFakeface");
    await first.getByLabel("Date of birth").fill("2017-03-04");
    await first.getByLabel("Year group").selectOption({ label: "Year 4" });
    await first.getByLabel("Primary need").selectOption("SLCN");
    await first.getByRole("button", { name: "Add pupil" }).click();
    await first.getByRole("button", { name: "Start a cycle" }).click();
    await first.getByRole("heading", { name: "Cycle 1 for Testy McFakeface" }).waitFor();

    const second = await session.openPage("sidepanel.html");
    await unlockIfAsked(second);
    await openCycle(second);

    // Both windows type before either has saved: whichever saves second is refused and told.
    const view = (page: Page) => page.getByLabel("The pupil's view");
    await Promise.all([view(first).fill("Typed in the first window."), view(second).fill("Typed in the second window.")]);
    const refused = await whoIsRefused(first, second);
    const other = refused === first ? second : first;
    const otherText = refused === first ? "Typed in the second window." : "Typed in the first window.";
    expect(await refused.getByRole("alert").first().innerText()).toContain("Testy McFakeface's cycle 1");
    expect(await other.getByText(CONFLICT).count()).toBe(0);
    await screenshotIfAsked(refused, "side-panel-save-conflict.png");
    await refused.getByRole("button", { name: "Reload their version" }).click();
    await expect.poll(() => view(refused).inputValue()).toBe(otherText);
    await expect.poll(() => refused.getByText(CONFLICT).count()).toBe(0);

    // Again, and this time the refused window keeps its own: the other window hears of the save and shows it.
    await Promise.all([view(first).fill("First, second round."), view(second).fill("Second, second round.")]);
    const loser = await whoIsRefused(first, second);
    const winner = loser === first ? second : first;
    const kept = loser === first ? "First, second round." : "Second, second round.";
    await loser.getByRole("button", { name: "Keep mine" }).click();
    await loser.getByText("All changes saved").waitFor();
    await expect.poll(() => view(winner).inputValue(), { timeout: 10_000 }).toBe(kept);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 90_000);
});
