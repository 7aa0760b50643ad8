// `npm start`: builds the extension (package.json runs scripts/build-extension.ts first, into .output-demo,
// granted the local pretend MIS's host so no permission prompt interrupts the demo), then opens Chromium
// (found by scripts/find-tools.ts; CHROME_PATH overrides) with it loaded, in British English,
// the built-in demo school, and a pretend web MIS beside it that the side panel follows.
// With no display (a server, CI), it runs headless and saves screenshots instead.
import { chromium } from "playwright";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { addDemoMis, serveDemoMis } from "./demo-mis";
import { findChromium } from "./find-tools";

const extensionDir = resolve(".output-demo/chrome-mv3");
const executablePath = findChromium();
const headless = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "send-companion-demo-")), {
  executablePath,
  headless,
  viewport: null,
  locale: "en-GB",
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
const base = `chrome-extension://${new URL(worker.url()).host}`;

const panel = context.pages()[0] ?? (await context.newPage());
await panel.setViewportSize({ width: 360, height: 760 });
await panel.goto(`${base}/sidepanel.html#demo`);
await panel.getByText("This is a demo school.").waitFor();
const workspace = await context.newPage();
await workspace.goto(`${base}/workspace.html#/framework`);
// One unlock serves every extension page, so the workspace opens unlocked beside the panel.
await workspace.getByRole("heading", { name: /SEND Commitment/ }).waitFor();

// The pretend MIS: added in the panel's Setting tab as a SENCO would, then opened on a demo pupil.
const mis = await serveDemoMis(new Date().toISOString().slice(0, 10));
await addDemoMis(panel, mis.origin);
await panel.getByRole("button", { name: "Pupils", exact: true }).click();
const misTab = await context.newPage();
await misTab.goto(`${mis.origin}/pupil/0`);
await misTab.bringToFront();
await panel.getByText("Showing the pupil open in Demo MIS").waitFor();

if (headless) {
  const out = resolve("demo-output");
  mkdirSync(out, { recursive: true });
  await panel.screenshot({ path: join(out, "side-panel.png"), fullPage: true });
  await workspace.setViewportSize({ width: 1280, height: 900 });
  await workspace.screenshot({ path: join(out, "workspace.png") });
  await misTab.setViewportSize({ width: 1000, height: 500 });
  await misTab.screenshot({ path: join(out, "demo-mis.png") });
  console.log(`No display found, so SEND Companion ran headless on the demo school.\nScreenshots: ${out}/side-panel.png, ${out}/workspace.png, ${out}/demo-mis.png`);
  await context.close();
  await mis.close();
} else {
  console.log("SEND Companion is open on the demo school (made-up pupils). Close the browser window to finish.");
  console.log("The side-panel page is shown in a narrow tab; in everyday use, the toolbar button opens it beside your MIS.");
  console.log(`A pretend MIS runs at ${mis.origin}: open the side panel from the toolbar and click through its pupils.`);
  await new Promise((done) => context.on("close", done));
  await mis.close();
}
