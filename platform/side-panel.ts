import { browser } from "wxt/browser";

/** Chrome: the toolbar button opens the side panel. Firefox opens its sidebar from the toolbar by itself. */
export function openSidePanelFromToolbar(): void {
  const chromeSidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    browser.action?.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
  }
}

/** Opens the full-tab workspace, optionally at a route such as "#/framework". */
export async function openWorkspace(route = ""): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/workspace.html${route}` as "/workspace.html") });
}
