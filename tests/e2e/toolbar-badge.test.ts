import { describe, expect, it } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { summariseAll } from "@/graduated-approach/cycle-summary";
import { openReviewDates, reviewsDueCount } from "@/graduated-approach/review-badge";
import { launchExtension } from "./extension";

/** The extension APIs as seen inside the browser, for evaluate() callbacks. */
declare const chrome: {
  action: { getBadgeText(d: object): Promise<string>; setBadgeText(d: { text: string }): Promise<void> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

describe("toolbar badge", () => {
  it("shows how many reviews are due, counted by the background without unlocking", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const demo = generateDemoSchool({ pupils: 30, seed: 2026, today });
    const expected = reviewsDueCount(openReviewDates(summariseAll(demo.cycles), new Set()), today);
    expect(expected).toBeGreaterThan(0);

    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").first().waitFor();
    const badge = () => session.worker.evaluate(() => chrome.action.getBadgeText({}));
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(expected));

    await page.getByRole("button", { name: "Lock" }).click();
    await session.worker.evaluate(() => chrome.action.setBadgeText({ text: "" }));
    await page.evaluate(() => chrome.runtime.sendMessage({ type: "recount-reviews" }));
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(expected));
    await session.close();
  });
});
