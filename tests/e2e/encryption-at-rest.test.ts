import { describe, expect, it } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { launchExtension } from "./extension";

/** Reads every record of every store straight from IndexedDB, bytes included, as one string. */
async function dumpDatabase(page: import("playwright").Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("send-companion");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const text = (v: unknown): string => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
      }
      if (v && typeof v === "object") return Object.values(v).map(text).join(" ");
      return String(v);
    };
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      parts.push(...all.map(text));
    }
    db.close();
    return parts.join("\n");
  });
}

describe("encryption at rest", () => {
  it("stores no demo pupil's name, UPN or date of birth in clear in IndexedDB", async () => {
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").waitFor();
    const dump = await dumpDatabase(page);
    expect(dump.length).toBeGreaterThan(10_000);
    const { pupils } = generateDemoSchool({ pupils: 30, seed: 2026, today: new Date().toISOString().slice(0, 10) });
    for (const pupil of pupils) {
      for (const secret of [pupil.firstName + " " + pupil.lastName, pupil.lastName, pupil.upn, pupil.dateOfBirth]) {
        if (secret) expect(dump.includes(secret), `found ${secret}`).toBe(false);
      }
    }
    expect(dump).toContain("Demo school"); // the setting, which names no pupil, stays readable
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
