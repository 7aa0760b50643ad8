// One browser session of the bench: loads a school (restored from a backup, or a new empty one) and times
// what a SENCO does with it. Figures are medians of `repeats` runs.
import type { Page } from "playwright";
import type { ExtensionSession } from "../../tests/e2e/extension";
import { clickUntil, deleteRegisterSnapshot, LONG_TASK_LOG, openPupilPage, longestTaskSince, pageNow, settle, storeReads, typeAndClear } from "./page-timing";
import { median, quantile } from "./stats";

export interface MeasureOptions {
  repeats: number;
  passphrase: string;
  /** A new school (the empty baseline): leaves the panel unlocked. */
  setUp?: (page: Page) => Promise<void>;
  /** Or restore this backup file through the side panel's first screen. */
  restore?: { path: string; passphrase: string };
  searchFor?: string;
  /** "Surname, First name" of the pupil whose evidence pack is timed. */
  packPupil?: string;
  auditId?: string;
  backupPassphrase?: string;
  /** A folder to save PNGs of the Due view and the register in, to look at them. */
  screenshotDir?: string;
}

interface Span {
  ms: number;
  longestTaskMs: number;
}

export interface SchoolFigures {
  restore?: Span;
  unlock: {
    totalMs: number;
    keyMs: number;
    toDueMs: number;
    longestTaskMs: number;
    samplesMs: number[];
    /** The first unlock after a restore, which works every pupil's cycle summary out from the cycles once. */
    firstToDueMs?: number;
    firstLongestTaskMs?: number;
    /** Unlocking with no register snapshot (as after any change): pupils and summaries read record by record. */
    withoutSnapshot: { toDueMs: number; longestTaskMs: number };
  };
  reads: Record<string, { storeMs: number; rawGetAllMs: number; ratio: number }>;
  search: { p50Ms: number; p95Ms: number; maxMs: number; keystrokes: number; longestTaskMs: number };
  pupilsTab: Span & { domNodes: number };
  /** From a register row to the pupil's page with their cycles, read then (a different pupil each time). */
  pupilPage?: Span;
  dueView: Span & { domNodes: number };
  heapBytes: number;
  evidencePack?: { coldMs: number; ms: number; longestTaskMs: number };
  auditReport?: { ms: number; longestTaskMs: number };
  backup?: Span;
}

// What unlocking reads: the register snapshot (every pupil and cycle summary in one record); with no snapshot
// (after any change), the pupils and summaries stores record by record. Cycles and audits are read when a pupil's
// page opens.
const SNAPSHOT_READS = ["register"] as const;
const STORE_READS = ["pupils", "summaries"] as const;
const DUE_READY = { selector: "#due-title", notText: "Loading pupils" };

export async function measureSchool(session: ExtensionSession, options: MeasureOptions): Promise<SchoolFigures> {
  const { repeats } = options;
  await session.context.addInitScript(LONG_TASK_LOG);
  const page = await session.openPage("sidepanel.html");
  page.setDefaultTimeout(60_000);
  const figures: Partial<SchoolFigures> = {};

  if (options.restore) {
    await page.getByText("Moving to a new computer? Restore from a backup").click();
    await page.getByLabel("Backup file", { exact: true }).setInputFiles(options.restore.path);
    await page.getByLabel("Passphrase for the backup file").fill(options.restore.passphrase);
    const start = await pageNow(page);
    await page.getByRole("button", { name: "Restore" }).click();
    await page.getByRole("heading", { name: /^Unlock / }).waitFor();
    figures.restore = { ms: (await pageNow(page)) - start, longestTaskMs: await longestTaskSince(page, start) };
  } else {
    await options.setUp?.(page);
    await lock(page);
  }

  // Unlock to the Due view, again and again: the key derivation (PBKDF2 and unwrapping the data key) is
  // everything before the records start loading; the rest is reading them and painting the Due view.
  // After a restore, the first unlock also works every cycle summary out (reported on its own). Then `repeats`
  // unlocks with no register snapshot (deleted first, as any change deletes it), then `repeats` with one.
  type Unlock = { total: number; key: number; toDue: number; longest: number; reads: Awaited<ReturnType<typeof storeReads>> };
  const unlockOnce = async (reads: readonly string[], withoutSnapshot: boolean): Promise<Unlock> => {
    if (withoutSnapshot) await page.evaluate(deleteRegisterSnapshot);
    await page.evaluate(() => {
      performance.clearMarks();
      performance.clearMeasures();
    });
    await page.getByLabel("Passphrase", { exact: true }).fill(options.passphrase);
    const timed = await clickUntil(page, "Unlock", DUE_READY);
    const loadStart = await page.evaluate(() => performance.getEntriesByName("send-companion:load-start").at(-1)?.startTime ?? Number.NaN);
    const end = timed.start + timed.ms;
    return { total: timed.ms, key: loadStart - timed.start, toDue: end - loadStart, longest: timed.longestTask, reads: await storeReads(page, reads) };
  };
  const first = options.restore ? await unlockOnce([], false) : undefined;
  const bare: Unlock[] = [];
  const usual: Unlock[] = [];
  for (const [list, reads, without] of [[bare, STORE_READS, true], [usual, SNAPSHOT_READS, false]] as const) {
    for (let i = 0; i < repeats; i++) {
      if (first || list !== bare || i > 0) await lock(page);
      list.push(await unlockOnce(reads, without));
    }
  }
  figures.unlock = {
    totalMs: median(usual.map((u) => u.total)),
    keyMs: median(usual.map((u) => u.key)),
    toDueMs: median(usual.map((u) => u.toDue)),
    longestTaskMs: Math.max(...usual.map((u) => u.longest)),
    samplesMs: usual.map((u) => u.total),
    ...(first ? { firstToDueMs: first.toDue, firstLongestTaskMs: first.longest } : {}),
    withoutSnapshot: { toDueMs: median(bare.map((u) => u.toDue)), longestTaskMs: Math.max(...bare.map((u) => u.longest)) },
  };
  const readsOf = (unlocks: Unlock[], stores: readonly string[]) => stores.map((store) => {
    const storeMs = median(unlocks.map((u) => u.reads.app[store] ?? Number.NaN));
    const rawGetAllMs = median(unlocks.map((u) => u.reads.raw[store] ?? Number.NaN));
    return [store, { storeMs, rawGetAllMs, ratio: storeMs / Math.max(rawGetAllMs, 1) }] as const;
  });
  figures.reads = Object.fromEntries([...readsOf(usual, SNAPSHOT_READS), ...readsOf(bare, STORE_READS)]);

  // Tabs: Pupils then back to Due, timed each way.
  const pupilsTab: Span[] = [];
  const dueView: Span[] = [];
  let pupilsNodes = 0;
  let dueNodes = await domNodes(page);
  for (let i = 0; i < repeats; i++) {
    const toPupils = await clickUntil(page, "Pupils", { selector: "#pupils-title" });
    pupilsTab.push({ ms: toPupils.ms, longestTaskMs: toPupils.longestTask });
    pupilsNodes = await domNodes(page);
    const toDue = await clickUntil(page, "Due", DUE_READY);
    dueView.push({ ms: toDue.ms, longestTaskMs: toDue.longestTask });
    dueNodes = await domNodes(page);
  }
  if (options.screenshotDir) await page.screenshot({ path: `${options.screenshotDir}/due-view.png`, fullPage: false });
  figures.pupilsTab = { ...medianSpan(pupilsTab), domNodes: pupilsNodes };
  figures.dueView = { ...medianSpan(dueView), domNodes: dueNodes };

  // Search: type a surname's first six letters and delete them again, keystroke by keystroke.
  await clickUntil(page, "Pupils", { selector: "#pupils-title" });
  // A pupil's page: their cycles are read when it opens, so each time a pupil not opened before.
  const pages: Span[] = [];
  const rows = await page.locator("button.pupil-row").count();
  for (let i = 0; i < Math.min(repeats, rows); i++) {
    const opened = await openPupilPage(page, i);
    pages.push({ ms: opened.ms, longestTaskMs: opened.longestTask });
  }
  if (pages.length > 0) figures.pupilPage = medianSpan(pages);
  if (options.screenshotDir) {
    await page.evaluate(() => window.scrollTo(0, 40_000));
    await settle(page);
    await page.screenshot({ path: `${options.screenshotDir}/register-scrolled.png`, fullPage: false });
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  const keystrokes: number[] = [];
  let searchLongest = 0;
  for (let i = 0; i < repeats; i++) {
    const run = await typeAndClear(page, "#pupil-search", (options.searchFor ?? "Example").slice(0, 6));
    keystrokes.push(...run.keystrokes);
    searchLongest = Math.max(searchLongest, run.longestTask);
  }
  figures.search = {
    p50Ms: quantile(keystrokes, 0.5),
    p95Ms: quantile(keystrokes, 0.95),
    maxMs: Math.max(...keystrokes),
    keystrokes: keystrokes.length,
    longestTaskMs: searchLongest,
  };
  // The heap of a freshly opened panel, unlocked, on the register: without the passphrase-strength
  // dictionaries that setting a passphrase loaded, so the empty install is a fair baseline.
  // (One unlock serves every page, so a reloaded panel may open unlocked; it is unlocked here if it asks.)
  await page.reload();
  const field = page.getByLabel("Passphrase", { exact: true });
  await field.or(page.locator("#due-title")).first().waitFor();
  if (await field.isVisible()) {
    await field.fill(options.passphrase);
    await clickUntil(page, "Unlock", DUE_READY);
  } else {
    await page.locator("#due-title").waitFor();
  }
  await clickUntil(page, "Pupils", { selector: "#pupils-title" });
  figures.heapBytes = await heapUsed(session, page);

  if (options.packPupil) figures.evidencePack = await timeEvidencePack(page, options.packPupil, repeats);

  if (options.backupPassphrase || options.auditId) {
    const workspace = await session.openPage(`workspace.html#/setting`);
    workspace.setDefaultTimeout(60_000);
    await unlockIfAsked(workspace, options.passphrase);
    if (options.backupPassphrase) figures.backup = await timeBackups(workspace, options.backupPassphrase, Math.min(repeats, 3));
    if (options.auditId) figures.auditReport = await timeAuditReport(workspace, options.auditId, repeats);
  }
  return figures as SchoolFigures;
}

async function lock(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await page.getByLabel("Passphrase", { exact: true }).waitFor();
  await settle(page);
}

async function unlockIfAsked(page: Page, passphrase: string): Promise<void> {
  const field = page.getByLabel("Passphrase", { exact: true });
  const heading = page.getByRole("heading", { level: 1 });
  await heading.first().waitFor();
  await page.waitForTimeout(300);
  if (await field.isVisible()) {
    await field.fill(passphrase);
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
    await field.waitFor({ state: "hidden" });
  }
}

const domNodes = (page: Page) => page.evaluate(() => document.querySelectorAll("*").length);

function medianSpan(spans: Span[]): Span {
  return { ms: median(spans.map((s) => s.ms)), longestTaskMs: Math.max(...spans.map((s) => s.longestTaskMs)) };
}

/** The page's JavaScript heap in use after a full garbage collection (Chrome DevTools Protocol). */
async function heapUsed(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

/** Clicks the button and waits for the download it starts; returns ms and the longest task meanwhile. */
async function timeDownload(page: Page, button: string): Promise<{ ms: number; longestTask: number }> {
  await settle(page);
  const start = await pageNow(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const ms = (await pageNow(page)) - start;
  await download.delete();
  return { ms, longestTask: await longestTaskSince(page, start) };
}

async function timeEvidencePack(page: Page, pupil: string, repeats: number) {
  // Both names, so the pupil is among the few rows drawn.
  await page.locator("#pupil-search").fill(pupil.replace(",", ""));
  await page.getByRole("button", { name: new RegExp(`^${pupil}`) }).first().click();
  await page.getByRole("region", { name: "EHC needs assessment evidence pack" }).getByText(/It informs, never blocks/).waitFor();
  const runs = [];
  for (let i = 0; i < repeats + 1; i++) runs.push(await timeDownload(page, "Download evidence pack (PDF)"));
  const [cold, ...warm] = runs;
  return { coldMs: cold!.ms, ms: median(warm.map((r) => r.ms)), longestTaskMs: Math.max(...runs.map((r) => r.longestTask)) };
}

async function timeBackups(page: Page, passphrase: string, repeats: number): Promise<Span> {
  await page.getByRole("heading", { name: "Backup and restore" }).waitFor();
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    // A backup clears its passphrase fields, so they are typed again each time.
    await page.getByLabel("Passphrase for the backup file").first().fill(passphrase);
    await page.getByLabel("Type the backup passphrase again").fill(passphrase);
    runs.push(await timeDownload(page, "Make a backup"));
  }
  return { ms: median(runs.map((r) => r.ms)), longestTaskMs: Math.max(...runs.map((r) => r.longestTask)) };
}

async function timeAuditReport(page: Page, auditId: string, repeats: number) {
  await page.evaluate((hash) => (location.hash = hash), `#/audit/${encodeURIComponent(auditId)}/results`);
  await page.getByRole("button", { name: "Download the report (PDF)" }).waitFor();
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await timeDownload(page, "Download the report (PDF)"));
  return { ms: median(runs.map((r) => r.ms)), longestTaskMs: Math.max(...runs.map((r) => r.longestTask)) };
}
