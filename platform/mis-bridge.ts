import type { MisBridge } from "@/state/mis-bridge";
import { activeTab, askReader, hasSiteAccess, onPageMayHaveChanged, registerReader, removeSiteAccess, requestSiteAccess, tabOnOrigin } from "./mis-tabs";

/** The browser side of following the MIS, for the side panel and workspace entrypoints. */
export const misBridge: MisBridge = {
  requestSiteAccess,
  hasSiteAccess,
  removeSiteAccess,
  registerReader,
  activeTab,
  tabOnOrigin,
  readPupil: (tabId, rules) => askReader(tabId, { type: "mis:read", rules }),
  testRules: (tabId, rules) => askReader(tabId, { type: "mis:test", rules }),
  onPageMayHaveChanged,
};
