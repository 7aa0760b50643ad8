import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright";
import { generateDemoSchool } from "@/demo-school/generate";
import { launchExtension, unlockIfAsked } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";

/** Every string in the page's JavaScript heap, after a full garbage collection (Chrome DevTools Protocol). */
async function heapStrings(context: BrowserContext, page: Page): Promise<Set<string>> {
  const cdp = await context.newCDPSession(page);
  const chunks: string[] = [];
  cdp.on("HeapProfiler.addHeapSnapshotChunk", ({ chunk }) => chunks.push(chunk));
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join("")) as { strings: string[] };
  return new Set(snapshot.strings);
}

/** Whether any heap string contains the text. */
const holds = (strings: Set<string>, text: string) => [...strings].some((s) => s.includes(text));

describe("lock clears memory", () => {
  it("leaves no demo pupil's full name, UPN or date of birth in the side panel's heap after Lock", async () => {
    const session = await launchExtension();
    const seeding = await session.openPage("sidepanel.html#demo");
    await seeding.getByText("This is a demo school.").waitFor();
    await seeding.close();

    // A page that never ran the demo generator, so any pupil text in its heap was decrypted from storage.
    const page = await session.openPage("sidepanel.html");
    await unlockIfAsked(page, DEMO_PASSPHRASE);
    await page.getByRole("button", { name: "Pupils", exact: true }).click();
    const { pupils } = generateDemoSchool({ pupils: 30, seed: 2026, today: new Date().toISOString().slice(0, 10) });
    await expect.poll(async () => {
      const shown = await page.locator("main").innerText();
      return pupils.filter((p) => shown.includes(p.lastName)).length;
    }).toBeGreaterThan(5);
    const secrets = pupils.flatMap((p) => [p.upn, p.dateOfBirth].filter((s): s is string => Boolean(s)));

    const before = await heapStrings(session.context, page);
    expect(secrets.filter((s) => holds(before, s)).length, "while unlocked the heap holds the register").toBeGreaterThan(30);

    await page.getByRole("button", { name: "Lock", exact: true }).click();
    await page.getByLabel("Passphrase", { exact: true }).waitFor();
    const after = await heapStrings(session.context, page);
    const left = secrets.filter((s) => holds(after, s));
    const names = pupils.map((p) => `${p.firstName} ${p.lastName}`).filter((n) => holds(after, n));
    expect({ left, names }).toEqual({ left: [], names: [] });
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 60_000);
});
