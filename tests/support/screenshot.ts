import { join } from "node:path";
import type { Page } from "playwright";

/** Saves a screenshot into SCREENSHOT_DIR when that is set (for looking at a run); otherwise writes nothing. */
export async function screenshotIfAsked(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, name), ...options });
}
