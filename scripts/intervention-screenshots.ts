// Screens of issue 18 for docs/: the workspace Interventions page with a group of three demo pupils and two
// logged sessions (one absence), at 1280 px and 360 px. Called by scripts/screenshots.ts with a workspace page
// of the demo school that is already unlocked, whose clock is fixed.
import type { Page } from "playwright";

export async function captureInterventionScreens(workspace: Page, out: (name: string) => string, today: string): Promise<void> {
  await workspace.setViewportSize({ width: 1280, height: 860 });
  await workspace.goto(workspace.url().replace(/#.*$/, "#/interventions"));
  await workspace.getByRole("button", { name: "New intervention" }).click();
  await workspace.getByLabel("Name", { exact: true }).fill("Year 3 phonics catch-up");
  await workspace.getByLabel("Adult who runs it").fill("Ada Example");
  await workspace.getByLabel("Their role (optional)").fill("Teaching assistant");
  await workspace.getByLabel("Hourly rate of their time").fill("24");
  await workspace.getByRole("checkbox", { name: "Monday" }).check();
  await workspace.getByRole("checkbox", { name: "Wednesday" }).check();
  await workspace.getByLabel("Sessions a week").fill("2");
  const [year, month, day] = today.split("-");
  await workspace.getByLabel("Start date").fill(`2/3/${year}`);
  await workspace.getByLabel("End date").fill(`17/7/${year}`);
  const pupils = workspace.getByRole("group", { name: /^Pupils/ }).getByRole("checkbox");
  for (const n of [0, 1, 2]) await pupils.nth(n).check();
  await workspace.getByRole("button", { name: "Save intervention" }).click();
  const card = workspace.locator(".intervention-card").first();
  await card.waitFor();
  const date = card.getByLabel("Date of the session");
  await date.fill(`16/${Number(month)}/${year}`);
  await card.getByRole("button", { name: "Mark delivered" }).click();
  await card.getByText(/session logged/).waitFor();
  await date.fill(`${Number(day) - 2}/${Number(month)}/${year}`);
  await card.getByRole("group", { name: /^Absent/ }).getByRole("checkbox").nth(1).check();
  await card.getByRole("button", { name: "Mark delivered" }).click();
  await card.getByText(/2 of 2 logged sessions delivered/).waitFor();
  await workspace.screenshot({ path: out("workspace-interventions"), fullPage: true });
  await workspace.setViewportSize({ width: 360, height: 800 });
  await workspace.screenshot({ path: out("workspace-interventions-360"), fullPage: true });
  const width = await workspace.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) throw new Error(`The Interventions page scrolls sideways at 360 px (${width} px wide)`);
  await workspace.setViewportSize({ width: 1280, height: 860 });
}
