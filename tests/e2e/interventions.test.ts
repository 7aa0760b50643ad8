import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { addDays } from "@/graduated-approach/iso-date";
import { launchExtension } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";
const today = new Date().toISOString().slice(0, 10);
const typed = (iso: string) => iso.split("-").reverse().map(Number).join("/");

/** The demo school's data key is forgotten whenever a page opens, so unlock when asked. */
async function unlockIfAsked(page: Page, ready: ReturnType<Page["getByRole"]>) {
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  await passphrase.or(ready).first().waitFor();
  if (await passphrase.isVisible()) {
    await passphrase.fill(DEMO_PASSPHRASE);
    await page.keyboard.press("Enter");
  }
  await ready.first().waitFor();
}

describe("group interventions in the workspace", () => {
  it("creates a group of three, logs two sessions with one absence, takes entry and exit scores, and shows shares and progress on each pupil's page and in the provision map", async () => {
    const session = await launchExtension();
    try {
      const panel = await session.openPage("sidepanel.html#demo");
      await panel.getByText(/Demo school/).first().waitFor();
      const ws = await session.openPage("workspace.html#/interventions");
      await ws.setViewportSize({ width: 1280, height: 900 });
      await unlockIfAsked(ws, ws.getByRole("button", { name: "New intervention" }));

      await ws.getByRole("button", { name: "New intervention" }).click();
      await ws.getByLabel("Name", { exact: true }).fill("E2E reading group");
      await ws.getByLabel("Adult who runs it").fill("Ada Example");
      await ws.getByLabel("Hourly rate of their time").fill("24");
      await ws.getByLabel("Sessions a week").fill("2");
      const start = addDays(today, -14);
      await ws.getByLabel("Start date").fill(typed(start));
      await ws.getByLabel("End date").fill(typed(addDays(today, 60)));
      const boxes = ws.getByRole("group", { name: /^Pupils/ }).getByRole("checkbox");
      const names: string[] = [];
      for (const n of [0, 1, 2]) {
        await boxes.nth(n).check();
        names.push((await ws.getByRole("group", { name: /^Pupils/ }).locator("label.checkbox").nth(n).innerText()).replace(/ \(\w+\)$/, "").trim());
      }
      await ws.getByRole("button", { name: "Save intervention" }).click();
      await ws.getByRole("heading", { name: "E2E reading group", level: 2 }).waitFor();

      // Two sessions: the second with the middle pupil absent. £24 an hour × 30 minutes = £12 each; £24 ÷ 3 = £8 a pupil.
      const date = ws.getByLabel("Date of the session");
      await date.fill(typed(addDays(today, -7)));
      await ws.getByRole("button", { name: "Mark delivered" }).click();
      await ws.getByText(/Delivered session logged/).waitFor();
      await date.fill(typed(addDays(today, -5)));
      await ws.getByRole("group", { name: /^Absent/ }).getByRole("checkbox", { name: names[1] }).check();
      await ws.getByRole("button", { name: "Mark delivered" }).click();
      await ws.getByText(/2 of 2 logged sessions delivered, costing £24$/).waitFor();

      await ws.getByLabel("What the group measures").selectOption({ label: "Standardised score" });
      await ws.getByRole("button", { name: "Save measure" }).click();
      const scores: [number, number][] = [[80, 86], [84, 88], [79, 81]];
      for (const [n, [entry, exit]] of scores.entries()) {
        await ws.getByLabel(`Entry value for ${names[n]}`).fill(String(entry));
        await ws.getByLabel(`Exit value for ${names[n]}`).fill(String(exit));
      }
      await ws.getByRole("button", { name: "Save entry and exit values" }).click();
      await ws.getByText("Entry and exit values saved.").waitFor();
      await ws.getByText(/Across 3 pupils: average progress \+4 points, £8 a pupil, £2 for each point of progress/).waitFor();
      const roster = ws.getByRole("region", { name: "Pupils in E2E reading group" });
      expect(await roster.getByRole("row", { name: new RegExp(names[1]!) }).innerText()).toMatch(/£8\s+2\s+1/);

      // Each pupil's own page (the side panel's page, opened from the group) shows their share and progress.
      for (const [n, name] of names.entries()) {
        const [pupilPage] = await Promise.all([session.context.waitForEvent("page"), roster.getByRole("link", { name: `Pupil page of ${name}` }).click()]);
        await unlockIfAsked(pupilPage, pupilPage.getByRole("heading", { name, level: 2 }));
        const item = pupilPage.getByRole("list", { name: "Group interventions" }).getByRole("listitem").filter({ hasText: "E2E reading group" });
        await item.waitFor();
        const [entry, exit] = scores[n]!;
        expect((await item.innerText()).replace(/\s+/g, " ")).toContain(`Share this school year £8 Sessions attended ${n === 1 ? 1 : 2} of 2 Standardised score ${entry} → ${exit} (+${exit - entry} points)`);
        await pupilPage.getByRole("row", { name: /E2E reading group \(share of the group\)/ }).waitFor();
        await pupilPage.close();
      }

      // The provision map: each pupil's share and progress in their year group's lines, and the group in What works.
      await ws.goto(ws.url().replace(/#.*$/, "#/provision-map"));
      await ws.getByRole("heading", { name: "Whole-setting totals" }).waitFor();
      await ws.evaluate(() => document.querySelectorAll("details.year-lines").forEach((d) => d.setAttribute("open", "")));
      for (const [n, name] of names.entries()) {
        const line = ws.locator("details.year-lines tr", { hasText: name }).filter({ hasText: "E2E reading group" });
        const [entry, exit] = scores[n]!;
        expect(await line.innerText()).toMatch(new RegExp(`Group \\(share\\).*\\+${exit - entry} points\\s+£8$`, "s"));
      }
      await ws.getByRole("link", { name: "What works" }).click();
      const works = ws.getByRole("row", { name: /E2E reading group/ });
      expect(await works.innerText()).toMatch(/3 \(3\)\s+3 of 3\s+\+4\s+£24\s+£8\s+£2/);
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
    }
  }, 90_000);
});
