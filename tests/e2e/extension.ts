import { chromium, type BrowserContext, type Page, type Worker } from "playwright";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findChromium } from "../../scripts/find-tools";

/** The Chrome test build, made by `tsx scripts/build-extension.ts e2e` (npm run test:e2e does it first). */
export const E2E_EXTENSION_DIR = resolve(".output-e2e/chrome-mv3");

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker, e.g. to read the toolbar badge. */
  worker: Worker;
  /** Every request any page or worker of the browser made that left the extension. */
  outsideRequests: string[];
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const INSIDE = /^(chrome-extension:|data:|blob:|about:)/;

/** Starts headless Chromium with the built extension in a fresh profile (or a given one, to test reloads). */
export async function launchExtension(profileDir?: string, extensionDir = E2E_EXTENSION_DIR): Promise<ExtensionSession> {
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), "send-companion-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 360, height: 800 },
    locale: "en-GB",
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  context.setDefaultTimeout(10_000);
  const outsideRequests: string[] = [];
  context.on("request", (request) => {
    if (!INSIDE.test(request.url())) outsideRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    outsideRequests,
    async openPage(path: string) {
      const page = await context.newPage();
      page.on("request", (request) => {
        if (!INSIDE.test(request.url())) outsideRequests.push(request.url());
      });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), "send-companion-profile-"));
}

/**
 * Every page shares one unlock: a page opened while another is unlocked opens straight to its screen. Waits for
 * the Lock button (unlocked) or the passphrase field, and unlocks with `passphrase` only when asked.
 */
export async function unlockIfAsked(page: Page, passphrase: string): Promise<void> {
  const lock = page.getByRole("button", { name: "Lock", exact: true });
  const field = page.getByLabel("Passphrase", { exact: true });
  await lock.or(field).first().waitFor();
  if (await field.isVisible()) {
    await field.fill(passphrase);
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
  }
  await lock.waitFor();
}
