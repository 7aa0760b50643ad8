import { defineContentScript } from "wxt/utils/define-content-script";
import { browser } from "wxt/browser";
import { detectPupil, testRules } from "@/mis-pupil/detect";
import type { PageChangedNotice, ReaderRequest } from "@/platform/mis-protocol";

/**
 * Reads the MIS page for the pupil on screen, only when an extension page asks, and only on the sites the
 * user added (registered at run time with the host permission they granted). It never changes the page,
 * stores nothing and sends nothing off this computer.
 */
export default defineContentScript({
  registration: "runtime",
  // WXT would otherwise window.postMessage a "content script started" notice, naming the extension's id, to
  // every script on the MIS page. The reader tells the page nothing (tests/unit/platform/reader-quiet.test.ts).
  noScriptStartedPostMessage: true,
  main() {
    const flag = "__sendCompanionReader";
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return; // already running (registered and also injected into an open tab)
    w[flag] = true;

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const request = message as ReaderRequest | null;
      if (request?.type === "mis:read") sendResponse(detectPupil(document, request.rules ?? {}));
      else if (request?.type === "mis:test") sendResponse(testRules(document, request.rules ?? {}));
      return undefined;
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const notice: PageChangedNotice = { type: "mis:page-changed" };
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void browser.runtime.sendMessage(notice).catch(() => undefined), 400);
    };
    // Web MISs are single-page apps: watch the content as well as the address.
    new MutationObserver(changed).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    addEventListener("popstate", changed);
    addEventListener("hashchange", changed);
    changed();
  },
});
