import { describe, expect, it } from "vitest";
import { launchExtension } from "./extension";

describe("a damaged setting record", () => {
  it("still opens, to a failure screen offering restore from a backup and Erase everything, which starts afresh", async () => {
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").waitFor();
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("send-companion");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const store = db.transaction("settings", "readwrite").objectStore("settings");
      await new Promise<void>((resolve, reject) => {
        const get = store.get("setting");
        get.onsuccess = () => {
          const put = store.put({ ...get.result, payload: { ...get.result.payload, phases: "all of them" } });
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      });
      db.close();
    });
    await page.goto(page.url().replace(/#.*$/, ""));
    await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: "Restore from a backup" }).isVisible()).toBe(true);
    await page.getByLabel("Type ERASE to confirm").fill("ERASE");
    await page.getByRole("button", { name: "Erase everything on this computer" }).click();
    await page.getByRole("button", { name: /Try with a demo school/ }).waitFor();
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 60_000);
});
