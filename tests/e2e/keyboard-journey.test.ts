import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { launchExtension } from "./extension";

interface Focused {
  tag: string;
  role: string;
  name: string;
  value: string;
}

/** The focused element: tag, role, and its name as a user hears it (label, aria-label or text). */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", role: "", name: "", value: "" };
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      "";
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute("role") ?? "", name: name.replace(/\s+/g, " ").trim(), value: (el as HTMLInputElement).value ?? "" };
  });

/** Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, name: RegExp, backwards = false, most = 200): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (name.test((await focused(page)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const focusedIsInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

describe("keyboard only: the main side panel journey", () => {
  it("first run, a demo pupil, an outcome with provision from the framework, and a cycle deleted then undone", async () => {
    const session = await launchExtension();
    try {
      const page = await session.openPage("sidepanel.html");
      await page.getByRole("button", { name: "Try with a demo school" }).waitFor();
      expect(await page.title()).toBe("Set up SEND Companion – SEND Companion");

      // First run: the demo school. Focus moves to the new screen's heading and the title names it.
      await tabTo(page, /^Try with a demo school$/);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: "Due" });
      expect(await page.title()).toBe("Due – SEND Companion");

      // Open the first pupil due a review.
      await tabTo(page, /, Year|Reception/);
      const pupil = (await focused(page)).name.split(",")[0]!.replace(/^.*?([A-Z][a-z]+ [A-Z][\w'-]+)$/, "$1");
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await focused(page)).tag).toBe("h2");
      const pupilName = (await focused(page)).name;
      expect(pupil).toContain(pupilName.split(" ")[0]);
      expect(await page.title()).toBe(`${pupilName} – SEND Companion`);

      // Continue the open cycle, then move to its Plan stage with the arrow keys.
      await tabTo(page, /^Continue cycle \d+$/);
      const cycleNumber = (await focused(page)).name.replace(/\D/g, "");
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: `Cycle ${cycleNumber} for ${pupilName}` });
      await tabTo(page, /^Assess/);
      await page.keyboard.press("ArrowRight");
      await expect.poll(async () => (await focused(page)).name).toMatch(/^Plan/);
      expect((await focused(page)).role).toBe("tab");

      // Add an outcome: an empty card opens with focus in its first field.
      await tabTo(page, /^Add an outcome$/);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "input", name: "What the pupil will achieve", value: "" });
      await page.keyboard.type("Ask an adult for help when stuck");
      await page.keyboard.press("Tab");
      expect((await focused(page)).name).toBe("Area of need");

      // Provision from the framework: the picker's search takes focus, then the new card's "Who delivers it".
      await tabTo(page, /^Add provision$/);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "input", name: "Search provision" });
      await page.keyboard.type("visual");
      await expect.poll(() => page.locator(".picker-list button").count()).toBeGreaterThan(0);
      await page.keyboard.press("Tab");
      const picked = (await focused(page)).name;
      expect(picked.length).toBeGreaterThan(20);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "input", name: "Who delivers it", value: "" });
      const title = await page.getByLabel("Provision", { exact: true }).inputValue();
      expect(title.length).toBeGreaterThan(20);
      expect(picked.endsWith(title)).toBe(true);
      await page.keyboard.type("Ms Madeup (TA)");
      await page.getByText("All changes saved").waitFor();

      // Back to the pupil, delete the cycle, then undo: the Undo button takes focus and is in view.
      await tabTo(page, new RegExp(`^Back to ${pupilName}$`), true);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: pupilName });
      await tabTo(page, new RegExp(`^Delete cycle ${cycleNumber}$`));
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "button", name: "Undo" });
      expect(await focusedIsInView(page)).toBe(true);
      expect(await page.locator(".undo-bar").innerText()).toContain(`Cycle ${cycleNumber} deleted.`);
      expect(await page.getByRole("button", { name: `Continue cycle ${cycleNumber}` }).count()).toBe(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: pupilName });
      await page.getByRole("button", { name: `Continue cycle ${cycleNumber}` }).waitFor();
      await expect.poll(() => page.locator("#announcer").innerText()).toBe(`Cycle ${cycleNumber} restored.`);

      // The restored cycle kept what was typed before it was deleted.
      await tabTo(page, new RegExp(`^Continue cycle ${cycleNumber}$`));
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: /^Plan/ }).click();
      await page.getByRole("button", { name: /Ask an adult for help when stuck/ }).waitFor();
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
