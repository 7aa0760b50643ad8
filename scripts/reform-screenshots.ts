// Screens of issue 19 for docs/: the workspace's inclusion strategy editor (1280 px) and a pupil's support plan
// in the side panel (360 px). Called by scripts/screenshots.ts with the demo school open and the workspace
// unlocked, and the pages' clock fixed.
import type { Page } from "playwright";

export async function captureReformScreens(panel: Page, workspace: Page, out: (name: string) => string): Promise<void> {
  await workspace.setViewportSize({ width: 1280, height: 860 });
  await workspace.goto(workspace.url().replace(/#.*$/, "#/strategy"));
  await workspace.getByRole("heading", { name: "Inclusion strategy", exact: true }).waitFor();
  await workspace.getByText("All changes saved").waitFor();
  await workspace.getByLabel("Inclusive Mainstream Fund allocation").fill("14000");
  await workspace.getByLabel("Funding source").first().selectOption({ label: "Inclusive Mainstream Fund" });
  await workspace.getByText("All changes saved").waitFor();
  await workspace.evaluate(() => window.scrollTo(0, 0));
  await workspace.screenshot({ path: out("workspace-inclusion-strategy") });
  const activity = workspace.locator(".strategy-activity").first();
  await activity.scrollIntoViewIfNeeded();
  await workspace.evaluate(() => window.scrollBy(0, -60));
  await workspace.screenshot({ path: out("workspace-inclusion-strategy-activities") });

  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.getByRole("button", { name: /^Due/ }).click();
  await panel.locator(".due-group .due-item").first().click();
  await panel.getByRole("button", { name: "Support plan" }).click();
  await panel.getByRole("heading", { name: /^Support plan: / }).waitFor();
  await panel.getByRole("heading", { name: "Outcomes we are working towards" }).waitFor();
  await panel.screenshot({ path: out("side-panel-support-plan") });
  const width = await panel.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) throw new Error(`The support plan scrolls sideways at 360 px (${width} px wide)`);
}
