// `npm run screenshots`: captures the main screens at side-panel and workspace widths into docs/.
// package.json builds into .output-demo first (granted the local pretend MIS's host, as `npm start` is), for
// Chrome and for Firefox. Uses the same headless browsers as the end-to-end tests. The pages' clock is fixed
// at SCREENSHOT_TODAY, so the demo school (which is made relative to today) looks the same on every run.
import { resolve } from "node:path";
import { launchExtension } from "../tests/e2e/extension";
import { button, launchFirefoxExtension, waitForText } from "../tests/firefox/firefox-extension";
import { addDemoMis, serveDemoMis } from "./demo-mis";
import { captureFrameworkScreens } from "./framework-screenshots";
import { captureInterventionScreens } from "./intervention-screenshots";
import { captureReformScreens } from "./reform-screenshots";

const SCREENSHOT_TODAY = "2026-03-20";
const FIXED_NOW = new Date(`${SCREENSHOT_TODAY}T10:00:00Z`);

const out = (name: string) => `docs/${name}.png`;
const session = await launchExtension(undefined, resolve(".output-demo/chrome-mv3"));
await session.context.clock.setFixedTime(FIXED_NOW);
const panel = await session.openPage("sidepanel.html");
await panel.getByRole("button", { name: "Save and continue" }).click();
await panel.getByRole("alert").first().waitFor();
await panel.screenshot({ path: out("side-panel-first-run"), fullPage: true });

await panel.getByRole("button", { name: "Try with a demo school" }).click();
await panel.getByText("This is a demo school.").waitFor();
await panel.getByRole("region", { name: /Reviews overdue/ }).waitFor();
await panel.setViewportSize({ width: 360, height: 900 });
await panel.screenshot({ path: out("side-panel-due") });

// A pupil with an open cycle: the first one whose review is overdue or due.
await panel.locator(".due-group .due-item").first().click();
await panel.getByRole("heading", { name: "One-page profile" }).waitFor();
await panel.screenshot({ path: out("side-panel-pupil"), fullPage: true });
await panel.getByRole("button", { name: /^Continue cycle/ }).click();
// Each stage whole, at 360 × 800: the Plan stage's cards keep it within two screens.
for (const stage of ["Assess", "Plan", "Do", "Review"]) {
  await panel.getByRole("tab", { name: new RegExp(`^${stage}`) }).click();
  await panel.screenshot({ path: out(`side-panel-${stage.toLowerCase()}`), fullPage: true });
  const { width, height } = await panel.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  console.log(`${stage} stage at 360 px: ${height} px tall (${(height / 800).toFixed(1)} screens of 800 px)`);
  if (width > 360) throw new Error(`The ${stage} stage scrolls sideways at 360 px (${width} px wide)`);
  if (stage === "Plan" && height > 1600) throw new Error(`The Plan stage is ${height} px tall at 360 px: more than two screens`);
}
// One outcome card open, as when editing it.
await panel.getByRole("tab", { name: /^Plan/ }).click();
await panel.locator(".card-toggle").first().click();
await panel.screenshot({ path: out("side-panel-plan-outcome"), fullPage: true });

await panel.getByRole("button", { name: "Setting" }).click();
await panel.getByRole("heading", { name: "Your setting" }).waitFor();
// The costs need every pupil's plans, read when the tab opens: wait for them, so the whole page is in the picture.
await panel.getByRole("heading", { name: "Provision map: cost a year" }).waitFor();
await panel.screenshot({ path: out("side-panel-home"), fullPage: true });

await panel.getByRole("button", { name: "Framework" }).click();
await panel.getByLabel("Area").selectOption({ label: "Communication and interaction" });
await panel.getByLabel("Tier").selectOption({ label: "Tier 2: Targeted" });
await panel.locator(".statement-toggle").first().click();
await panel.screenshot({ path: out("side-panel-framework") });

const workspace = await session.openPage("workspace.html#/framework");
await workspace.setViewportSize({ width: 1280, height: 860 });
// One unlock serves every page, so the workspace opens unlocked: lock (every page) to show the lock screen.
await workspace.getByRole("button", { name: "Lock", exact: true }).click();
await workspace.getByLabel("Passphrase").waitFor();
await workspace.screenshot({ path: out("workspace-unlock") });
await workspace.getByLabel("Passphrase").fill("demo school passphrase");
await workspace.getByRole("button", { name: "Unlock", exact: true }).click();
await panel.getByRole("button", { name: "Lock", exact: true }).waitFor();
await workspace.getByLabel("Search statements").fill("transition");
await workspace.locator(".statement-toggle").nth(1).click();
await workspace.screenshot({ path: out("workspace-framework") });
await workspace.setViewportSize({ width: 360, height: 800 });
await workspace.screenshot({ path: out("workspace-framework-360") });
await workspace.setViewportSize({ width: 1280, height: 860 });

await workspace.goto(workspace.url().replace(/#.*$/, "#/import"));
await workspace.getByLabel(/CSV or Common Transfer File/).setInputFiles(resolve("tests/fixtures/csv/unfamiliar-surname.csv"));
await workspace.getByRole("heading", { name: /Check the pupils/ }).or(workspace.locator(".data-table")).first().waitFor();
await workspace.screenshot({ path: out("workspace-import"), fullPage: true });

// Following a pretend MIS: a pupil not yet in the register, then one who is.
// A fixed port, since the MIS settings screenshot shows the address.
const mis = await serveDemoMis(SCREENSHOT_TODAY, 47_613);
await addDemoMis(panel, mis.origin);
await panel.getByRole("button", { name: "Page reading rules for Demo MIS" }).click();
await panel.getByRole("group", { name: "Full name" }).getByText("Advanced: CSS selector and pattern").click();
await panel.getByRole("group", { name: "Full name" }).getByLabel("Selector").fill("main h1");
const misTab = await session.context.newPage();
await misTab.goto(`${mis.origin}/pupil/new`);
await misTab.bringToFront();
await panel.getByRole("button", { name: "Test on the open page" }).click();
await panel.locator(".rule-results").waitFor();
await panel.setViewportSize({ width: 360, height: 1500 });
await panel.evaluate(() => document.querySelector("#mis-sites-title")?.scrollIntoView());
// In front, with the pointer off the buttons, so the image is the same on every run.
await panel.bringToFront();
await panel.mouse.move(0, 0);
await panel.screenshot({ path: out("side-panel-mis-settings") });
// The panel follows the active tab: put the MIS page back in front.
await misTab.bringToFront();
await panel.setViewportSize({ width: 360, height: 800 });
await panel.getByRole("button", { name: "Pupils", exact: true }).click();
await panel.getByText("who is not in your register").waitFor();
await panel.screenshot({ path: out("side-panel-mis-new") });
await misTab.goto(`${mis.origin}/pupil/0`);
await panel.getByText("Showing the pupil open in Demo MIS").waitFor();
await panel.screenshot({ path: out("side-panel-mis-follow") });
await mis.close();

// Interventions and the provision map first: the framework screens switch the demo's framework, whose areas differ.
await captureInterventionScreens(workspace, out, SCREENSHOT_TODAY);
// Import framework (mapping and a new version's changes) and the framework editor; switches the demo's framework.
await captureFrameworkScreens(workspace, out);
await captureReformScreens(panel, workspace, out);

const outside = session.outsideRequests.filter((url) => !url.startsWith(mis.origin));
if (outside.length) throw new Error(`Requests left the extension: ${outside.join(", ")}`);
await session.close();

// Firefox's sidebar at 360 px: the same demo school, in Firefox ESR.
const firefox = await launchFirefoxExtension(resolve(".output-demo/firefox-mv2"), FIXED_NOW);
await button(firefox.panel, "Try with a demo school").then((b) => b.click());
await waitForText(firefox.panel, "Reviews due in the next 14 days");
await firefox.panel.setViewport({ width: 360, height: 800 });
await firefox.panel.screenshot({ path: out("firefox-sidebar-due") });
if (firefox.outsideRequests.length) throw new Error(`Requests left the extension in Firefox: ${firefox.outsideRequests.join(", ")}`);
await firefox.close();
console.log("Screenshots written to docs/.");
