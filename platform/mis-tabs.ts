import { browser } from "wxt/browser";
import { matchPatternFor as patternOf } from "@/mis-pupil/origin";
import { READER_SCRIPT_FILE, READER_SCRIPT_ID, type ReaderRequest } from "./mis-protocol";

/**
 * The browser side of following the MIS: site access, the page reader's registration, and asking the
 * reader in a tab. Replies come back unchecked (`unknown`); callers validate them.
 */

/** Asks the user to let SEND Companion read pages on this origin. Must run in a click handler. */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [patternOf(origin)] });
}

export async function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [patternOf(origin)] });
}

export async function removeSiteAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
}

/** Runs the page reader on exactly these origins (those the user granted), from the next page load on. */
export async function registerReader(origins: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const origin of origins) if (await hasSiteAccess(origin)) granted.push(patternOf(origin));
  const matches = [...new Set(granted)];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
    return;
  }
  const script = { id: READER_SCRIPT_ID, js: [READER_SCRIPT_FILE], matches, runAt: "document_idle" as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  // Tabs already open on these sites get the reader now, so nobody has to reload their MIS.
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [READER_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}

/**
 * "Erase everything": stops the page reader everywhere and gives back every site access the user granted,
 * so nothing of SEND Companion keeps running on their MIS. Access granted by the manifest itself (the test
 * build's local server) cannot be removed and is left; each removal is tried on its own.
 */
export async function forgetAllSites(): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
  const { origins = [] } = await browser.permissions.getAll();
  await Promise.all(origins.map((origin) => browser.permissions.remove({ origins: [origin] }).catch(() => false)));
}

/** The user took access to a site away (e.g. in the browser's extension settings). */
export function onSiteAccessRemoved(run: () => void): void {
  browser.permissions.onRemoved.addListener(() => run());
}

/** The active tab of the window this page is in, if it is on one of the user's MIS sites. */
export async function activeTab(): Promise<{ id: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** The most recently used tab open on an origin (for testing a site's rules from the workspace). */
export async function tabOnOrigin(origin: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: patternOf(origin) });
  const sameOrigin = tabs.filter((t) => t.url && new URL(t.url).origin === origin);
  sameOrigin.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return sameOrigin[0]?.id;
}

/** Sends a request to the page reader in a tab; undefined when no reader answers there. */
export async function askReader(tabId: number, request: ReaderRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request).catch(() => undefined);
}

/**
 * Calls `run` whenever the page the user is looking at may show a different pupil: they switched tab,
 * a tab finished loading, or the reader saw the page change. Returns a function that stops listening.
 */
export function onPageMayHaveChanged(run: () => void): () => void {
  const onActivated = () => run();
  const onUpdated = (_id: number, info: { status?: string }, tab: { active?: boolean }) => {
    if (info.status === "complete" && tab.active) run();
  };
  const onMessage = (message: unknown, sender: { tab?: { active?: boolean } }) => {
    if ((message as { type?: string } | null)?.type === "mis:page-changed" && sender.tab?.active) run();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}

/** Background: when the user takes access away in the browser, stop the reader on that site. */
export async function pruneReader(): Promise<void> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });
  if (!script?.matches) return;
  const kept: string[] = [];
  for (const pattern of script.matches) if (await browser.permissions.contains({ origins: [pattern] })) kept.push(pattern);
  if (kept.length === 0) await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
  else if (kept.length < script.matches.length) await browser.scripting.updateContentScripts([{ id: READER_SCRIPT_ID, js: [READER_SCRIPT_FILE], matches: kept }]);
}
