import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { launchExtension } from "./extension";

/** Rewrites the clear setting record's payload in the page's IndexedDB, as a damaged disk or a bad edit might. */
async function damageSetting(page: Page, how: "phases" | "all") {
  await page.evaluate(async (how) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("send-companion");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction("settings", "readwrite").objectStore("settings");
    await new Promise<void>((resolve, reject) => {
      const get = store.get("setting");
      get.onsuccess = () => {
        const payload = how === "phases" ? { ...get.result.payload, phases: "all of them" } : "not a setting at all";
        const put = store.put({ ...get.result, payload });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    db.close();
  }, how);
  await page.goto(page.url().replace(/#.*$/, ""));
}

describe("a damaged setting record", () => {
  it("opens with one damaged field replaced and named; with nothing readable, to a failure screen offering restore and Erase everything", async () => {
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").waitFor();

    await damageSetting(page, "phases");
    await page.getByText("Part of your setting could not be read").waitFor();
    await page.getByText("The phases could not be read, so only School is chosen. Check them in Setting.").waitFor();
    await page.getByText("This is a demo school.").waitFor();
    await page.getByRole("button", { name: "Keep these defaults" }).click();
    await expect.poll(() => page.getByText("Part of your setting could not be read").count()).toBe(0);

    await damageSetting(page, "all");
    await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: "Restore from a backup" }).isVisible()).toBe(true);
    await page.getByLabel("Type ERASE to confirm").fill("ERASE");
    await page.getByRole("button", { name: "Erase everything on this computer" }).click();
    await page.getByRole("button", { name: /Try with a demo school/ }).waitFor();
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 60_000);
});
