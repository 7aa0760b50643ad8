import type { AdapterRules } from "@/mis-pupil/detect";

/**
 * What the app needs from the browser to follow the MIS; the entrypoint builds it from platform/.
 * Replies from the page reader are `unknown` until the models validate them.
 */
export interface MisBridge {
  /** Asks the user for access to one origin; must be called straight from a click. */
  requestSiteAccess(origin: string): Promise<boolean>;
  hasSiteAccess(origin: string): Promise<boolean>;
  removeSiteAccess(origin: string): Promise<void>;
  /** Runs the page reader on these origins (where access is granted), now and on later page loads. */
  registerReader(origins: readonly string[]): Promise<void>;
  activeTab(): Promise<{ id: number; url?: string } | undefined>;
  tabOnOrigin(origin: string): Promise<number | undefined>;
  readPupil(tabId: number, rules: AdapterRules): Promise<unknown>;
  testRules(tabId: number, rules: AdapterRules): Promise<unknown>;
  onPageMayHaveChanged(run: () => void): () => void;
}
