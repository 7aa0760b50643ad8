// What the bench measures inside an extension page. Each function runs in the page (through page.evaluate),
// so it must not refer to anything outside itself.
import type { Page } from "playwright";

/**
 * Starts a long-task log in every page of the context before its own scripts run. (It also defines the
 * `__name` helper that tsx adds to named functions, so the functions below can run in the page.)
 */
export const LONG_TASK_LOG = `
  window.__name = (f) => f;
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
`;

/** The longest task (ms) the page ran from `since` (performance.now() in the page) on; 0 if none over 50 ms. */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = ((window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? []);
    return tasks.filter(([start, duration]) => start + duration >= from).reduce((max, [, d]) => Math.max(max, d), 0);
  }, since);
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export interface Timed {
  /** From the action to the screen being ready (its DOM updated and laid out), in ms. */
  ms: number;
  /** When the action was taken (page clock). */
  start: number;
  longestTask: number;
}

/**
 * Clicks the button (by its exact visible text) and waits, task by task, until `ready` (a CSS selector that
 * must match, and text the page must not show) holds; then forces layout and stops the clock.
 */
export async function clickUntil(page: Page, button: string, ready: { selector: string; notText?: string }): Promise<Timed> {
  const { start, end } = await page.evaluate(async ({ button, ready }) => {
    const nextTask = () => new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    // A side-panel tab's text may end in its count ("Due12").
    const target = [...document.querySelectorAll("button")].find((b) => {
      const text = b.textContent?.trim() ?? "";
      return text === button || (b.closest("nav") !== null && text.startsWith(button));
    });
    if (!target) throw new Error(`No button "${button}"`);
    const done = () => document.querySelector(ready.selector) !== null && !(ready.notText && document.body.innerText.includes(ready.notText));
    const start = performance.now();
    target.click();
    const deadline = start + 60_000;
    while (!done()) {
      if (performance.now() > deadline) throw new Error(`Timed out waiting for ${ready.selector}`);
      await nextTask();
    }
    void document.body.offsetHeight;
    return { start, end: performance.now() };
  }, { button, ready });
  await settle(page);
  return { ms: end - start, start, longestTask: await longestTaskSince(page, start) };
}

/**
 * Clicks the `index`-th row of the register (its pupil's cycles not yet read) and waits until their page shows
 * with its cycles (the evidence pack section is drawn only then); then goes back to the register.
 */
export async function openPupilPage(page: Page, index: number): Promise<Timed> {
  const { start, end } = await page.evaluate(async (index) => {
    const nextTask = () => new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    const row = document.querySelectorAll<HTMLButtonElement>("button.pupil-row")[index];
    if (!row) throw new Error(`No register row ${index}`);
    const done = () => document.querySelector("#evidence-pack-title") !== null;
    const start = performance.now();
    row.click();
    while (!done()) {
      if (performance.now() > start + 60_000) throw new Error("Timed out waiting for the pupil page");
      await nextTask();
    }
    void document.body.offsetHeight;
    return { start, end: performance.now() };
  }, index);
  await settle(page);
  const longestTask = await longestTaskSince(page, start);
  await page.getByRole("button", { name: "Back to pupils" }).click();
  await page.locator("#pupils-title").waitFor();
  return { ms: end - start, start, longestTask };
}

/** Lets the page paint and go idle between measurements. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
}

/**
 * Types `text` into the input one character at a time, then deletes it one character at a time, timing each
 * keystroke from the input event to the list updated and laid out. Returns every keystroke's time.
 */
export async function typeAndClear(page: Page, selector: string, text: string): Promise<{ keystrokes: number[]; longestTask: number }> {
  const started = await pageNow(page);
  const keystrokes: number[] = [];
  const values = [...Array.from(text, (_, i) => text.slice(0, i + 1)), ...Array.from(text, (_, i) => text.slice(0, text.length - 1 - i))];
  for (const value of values) {
    keystrokes.push(await page.evaluate(async ({ selector, value }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`No ${selector}`);
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      void document.body.offsetHeight;
      const ms = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return ms;
    }, { selector, value }));
  }
  return { keystrokes, longestTask: await longestTaskSince(page, started) };
}

/**
 * Each store's own read (the app's User Timing measures) and a raw IndexedDB getAll of the same stores, one store
 * at a time. The register snapshot holds every pupil and cycle summary, so its raw baseline is what reading those
 * two stores raw costs: the listing it replaces.
 */
export async function storeReads(page: Page, stores: readonly string[]): Promise<{ app: Record<string, number>; raw: Record<string, number> }> {
  return page.evaluate(async (stores) => {
    const app: Record<string, number> = {};
    for (const name of stores) {
      const entry = performance.getEntriesByName(`send-companion:read ${name}`, "measure").at(-1);
      if (entry) app[name] = entry.duration;
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("send-companion");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rawGetAll = (name: string) => new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(performance.now() - start);
      request.onerror = () => reject(request.error);
    });
    const raw: Record<string, number> = {};
    for (const name of stores) {
      raw[name] = name === "register" ? (await rawGetAll("pupils")) + (await rawGetAll("summaries")) : await rawGetAll(name);
    }
    db.close();
    return { app, raw };
  }, stores);
}

/** Deletes the register snapshot (while locked), as any change to a pupil or a summary does. */
export async function deleteRegisterSnapshot(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open("send-companion");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("register", "readwrite");
    tx.objectStore("register").clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
