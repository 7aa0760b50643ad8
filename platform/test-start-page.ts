import { browser } from "wxt/browser";

/**
 * Firefox end-to-end builds only (scripts/build-extension.ts sets WXT_E2E_OPEN_PAGE): opens an extension page in
 * a tab at start-up, because WebDriver BiDi will not navigate to a moz-extension:// address itself. Normal
 * builds leave the variable unset, and this does nothing.
 */
export function openTestStartPage(): void {
  const page = import.meta.env.WXT_E2E_OPEN_PAGE as string | undefined;
  if (page) void browser.tabs.create({ url: browser.runtime.getURL(`/${page}` as "/sidepanel.html") });
}
