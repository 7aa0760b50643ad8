import { browser } from "wxt/browser";

/** Shows how many reviews are due on the toolbar button; an empty badge when none are. */
export async function showReviewsDue(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : "" });
  await browser.action.setBadgeBackgroundColor({ color: "#9a3412" });
  await browser.action.setTitle({
    title: count > 0 ? `SEND Companion: ${count} ${count === 1 ? "review" : "reviews"} overdue or due in the next 14 days` : "Open SEND Companion",
  });
}

/** Wakes the background every hour (and so across midnight) to recount without unlocking anything. */
export function everyHour(name: string, run: () => void): void {
  void browser.alarms.create(name, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) run();
  });
}

/** Lets an extension page ask the background to recount now. */
export function onRecountRequest(run: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === "recount-reviews") run();
  });
}

export function requestRecount(): void {
  void browser.runtime.sendMessage({ type: "recount-reviews" }).catch(() => undefined);
}
