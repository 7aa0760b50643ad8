import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findFirefox } from "../../scripts/find-tools";

// Firefox end-to-end: Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build of the
// extension (`tsx scripts/build-extension.ts e2e firefox`) installed as a temporary add-on. That build opens its
// side-panel page in a tab at start-up, because BiDi may not navigate to moz-extension:// addresses itself.
export const FIREFOX_E2E_EXTENSION_DIR = resolve(".output-e2e/firefox-mv2");

const INSIDE = /^(moz-extension:|data:|blob:|about:)/;

export interface FirefoxSession {
  browser: Browser;
  /** The side-panel page, opened in a tab by the test build. */
  panel: Page;
  /** Every request a page made that left the extension. */
  outsideRequests: string[];
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
  /** Waits for a downloaded file whose name matches, and returns its path. */
  downloaded(name: RegExp): Promise<string>;
  close(): Promise<void>;
}

const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function hrefOf(page: Page): Promise<string> {
  return Promise.race([page.evaluate(() => location.href).catch(() => ""), later(1000).then(() => "")]);
}

/** Finds the tab showing an extension page (page.url() reads about:blank for these under BiDi). */
async function extensionPage(browser: Browser, path: string, timeoutMs = 60_000): Promise<Page> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const page of await browser.pages()) {
      const href = await hrefOf(page);
      if (href.startsWith("moz-extension:") && new URL(href).pathname === `/${path}`) return page;
    }
    await later(200);
  }
  throw new Error(`Firefox did not open the extension's ${path} within ${timeoutMs / 1000} s`);
}

/**
 * Starts Firefox ESR with the extension installed as a temporary add-on and finds its side-panel page.
 * `fixedNow` freezes the side-panel page's clock, for reproducible screenshots.
 */
export async function launchFirefoxExtension(extensionDir = FIREFOX_E2E_EXTENSION_DIR, fixedNow?: Date): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No Firefox build in ${extensionDir}: run "npm run test:firefox", which builds it first.`);
  }
  const downloads = mkdtempSync(join(tmpdir(), "send-companion-firefox-downloads-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: findFirefox(),
    headless: true,
    // A command that hangs fails the test with its name, rather than running into the test's time-out.
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      "browser.download.dir": downloads,
      "browser.download.folderList": 2,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.start_downloads_in_tmp_dir": false,
      "intl.locale.requested": "en-GB",
      // Save PDFs rather than also opening them in a tab of Firefox's own viewer.
      "pdfjs.disabled": true,
      "browser.download.open_pdf_attachments_inline": false,
    },
  });
  const outsideRequests: string[] = [];
  const watch = (page: Page) =>
    page.on("request", (request) => {
      if (!INSIDE.test(request.url())) outsideRequests.push(request.url());
    });
  browser.on("targetcreated", (target) => {
    if (target.type() === "page") void target.page().then((page) => page && watch(page));
  });
  (await browser.pages()).forEach(watch);
  await browser.installExtension(extensionDir);
  const panel = await extensionPage(browser, "sidepanel.html");
  watch(panel);
  if (fixedNow) {
    // Preload scripts do not reach moz-extension:// pages, so the clock is frozen in the open page: the app
    // reads the global Date each time it asks for today, so everything after this sees the fixed time.
    await panel.evaluate(freezeClock(fixedNow.getTime()));
  }
  panel.setDefaultTimeout(15_000);
  await panel.setViewport({ width: 360, height: 800 });
  return {
    browser,
    panel,
    outsideRequests,
    downloads,
    async downloaded(name: RegExp) {
      // Firefox creates the file empty, writes a .part beside it, then moves it over: wait until that settles.
      const end = Date.now() + 15_000;
      let lastSize = -1;
      while (Date.now() < end) {
        const files = readdirSync(downloads);
        const file = files.find((f) => name.test(f) && !f.endsWith(".part"));
        const size = file && !files.some((f) => f.endsWith(".part")) ? statSync(join(downloads, file)).size : -1;
        if (size > 0 && size === lastSize) {
          // Firefox may open a download in a tab of its own; the page under test must stay in front, or its
          // timers run only once a second.
          await panel.bringToFront();
          return join(downloads, file!);
        }
        lastSize = size;
        await later(250);
      }
      throw new Error(`No download matching ${name} arrived in ${downloads}: ${readdirSync(downloads).join(", ") || "none"}`);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Run in a page: `new Date()` and `Date.now()` give the fixed time from then on.
 * Kept as plain source text, so that no compiler's helpers end up in code that runs in the page.
 */
const freezeClock = (now: number) => `{
  const RealDate = Date;
  const FixedDate = class extends RealDate {
    constructor(...args) { if (args.length === 0) super(${now}); else super(...args); }
    static now() { return ${now}; }
  };
  globalThis.Date = FixedDate;
}`;

/** The form control that a <label> with this text labels (exact text, or a pattern). */
export async function field(page: Page, label: string | RegExp): Promise<ElementHandle<HTMLInputElement>> {
  const source = typeof label === "string" ? { text: label } : { pattern: label.source, flags: label.flags };
  await page.waitForFunction(findControl, {}, source).catch(async () => {
    throw new Error(`No field labelled ${label} on ${await hrefOf(page)}`);
  });
  const handle = await page.evaluateHandle(findControl, source);
  return handle as unknown as ElementHandle<HTMLInputElement>;
}

function findControl(source: { text?: string; pattern?: string; flags?: string }) {
  const matches = (text: string) => (source.text !== undefined ? text === source.text : new RegExp(source.pattern!, source.flags).test(text));
  const label = [...document.querySelectorAll("label")].find((l) => l.control && matches((l.textContent ?? "").trim()));
  return label?.control ?? null;
}

/** Types into a labelled field, replacing what it held. */
export async function fill(page: Page, label: string | RegExp, value: string): Promise<void> {
  const input = await field(page, label);
  // Focus and select from the page: a triple click can hang under BiDi in Firefox ESR.
  await input.evaluate((el) => {
    el.focus();
    el.select();
  });
  await page.keyboard.press("Backspace");
  await input.type(value);
}

/** A visible, enabled button whose text (or aria-label) is exactly this name, ready to click. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const find = (wanted: string) =>
    [...document.querySelectorAll("button")].find(
      (b) => !b.disabled && b.getClientRects().length > 0 && (b.getAttribute("aria-label") ?? b.textContent ?? "").trim() === wanted,
    ) ?? null;
  await page.waitForFunction(find, {}, name).catch(async () => {
    throw new Error(`No button "${name}" on ${await hrefOf(page)}`);
  });
  return (await page.evaluateHandle(find, name)) as unknown as ElementHandle<HTMLButtonElement>;
}

export const waitForText = (page: Page, text: string) => page.waitForSelector(`::-p-text(${text})`);

/**
 * Clicks a button that starts a download. A real input click can hang under BiDi while Firefox hands the file
 * over, so the click is dispatched from the page, after the command has returned.
 */
export async function clickToDownload(page: Page, name: string): Promise<void> {
  await (await button(page, name)).evaluate((b) => void setTimeout(() => b.click()));
}

/** Opens another extension page in the same tab, e.g. "workspace.html#/audit". */
export async function goTo(page: Page, path: string): Promise<void> {
  await Promise.all([page.waitForNavigation().catch(() => undefined), page.evaluate((p) => { location.href = `/${p}`; }, path)]);
}

/** How wide the page's content is, against the window: more means it scrolls sideways. */
export const widths = (page: Page) =>
  page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
