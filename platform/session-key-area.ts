import { browser } from "wxt/browser";
import type { SessionKeyArea, SharedUnlock } from "@/state/shared-unlock";

const ENTRY = "unlocked";

type SessionStorage = typeof browser.storage.session;

function sessionStorage(): SessionStorage | undefined {
  return (browser.storage as { session?: SessionStorage } | undefined)?.session;
}

/**
 * The extension's session storage (chrome.storage.session / browser.storage.session): held in memory, emptied
 * when the browser closes, and readable only by the extension's own pages and background, never by web pages
 * or content scripts (Chrome's default, made explicit by restrictSessionToExtension). Undefined where the
 * browser has none; each page then unlocks on its own.
 */
export function extensionSessionKeyArea(): SessionKeyArea | undefined {
  const session = sessionStorage();
  if (!session) return undefined;
  return {
    read: async () => (await session.get(ENTRY))[ENTRY],
    write: (value: SharedUnlock) => session.set({ [ENTRY]: value }),
    clear: () => session.remove(ENTRY),
    onChange(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === "session" && ENTRY in changes) listener(changes[ENTRY]?.newValue);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/**
 * Background, at start-up: session storage stays closed to content scripts (the MIS page reader). Chrome and
 * Firefox both default to this; saying it guards against a default that changes. Firefox versions without
 * setAccessLevel never expose session storage to content scripts.
 */
export async function restrictSessionToExtension(): Promise<void> {
  const session = sessionStorage() as (SessionStorage & { setAccessLevel?: SessionStorage["setAccessLevel"] }) | undefined;
  if (typeof session?.setAccessLevel !== "function") return;
  await session.setAccessLevel({ accessLevel: "TRUSTED_CONTEXTS" }).catch(() => undefined);
}

/** Calls `run` when the operating system reports the screen locked (not supported everywhere; then never). */
export function onScreenLocked(run: () => void): void {
  const idle = (browser as { idle?: typeof browser.idle }).idle;
  idle?.onStateChanged?.addListener((state: string) => {
    if (state === "locked") run();
  });
}
