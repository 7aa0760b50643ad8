// Screens of issue 18 for docs/: the workspace Interventions page (a group of three demo pupils with two logged
// sessions, one absence, and entry and exit scores) at 1280 px and 360 px, then the Provision map, What works
// and the staff timetable at 1280 px. Called by scripts/screenshots.ts with a workspace page of the demo school
// that is already unlocked, whose clock is fixed.
import type { Page } from "playwright";

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) throw new Error(`${what} scrolls sideways at 360 px (${width} px wide)`);
}

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
  await workspace.getByRole("heading", { name: "Year 3 phonics catch-up", level: 2 }).waitFor();
  const date = workspace.getByLabel("Date of the session");
  await date.fill(`16/${Number(month)}/${year}`);
  await workspace.getByRole("button", { name: "Mark delivered" }).click();
  await workspace.getByText(/session logged/).waitFor();
  await date.fill(`${Number(day) - 2}/${Number(month)}/${year}`);
  await workspace.getByRole("group", { name: /^Absent/ }).getByRole("checkbox").nth(1).check();
  await workspace.getByRole("button", { name: "Mark delivered" }).click();
  await workspace.getByText(/2 of 2 logged sessions delivered/).waitFor();
  await workspace.getByLabel("What the group measures").selectOption({ label: "Standardised score" });
  await workspace.getByRole("button", { name: "Save measure" }).click();
  const values = workspace.getByRole("region", { name: /^Entry and exit values/ }).locator("input");
  for (const [n, value] of ["80", "86", "84", "88", "79", "81"].entries()) await values.nth(n).fill(value);
  await workspace.getByRole("button", { name: "Save entry and exit values" }).click();
  await workspace.getByText(/^Across 3 pupils/).waitFor();
  await workspace.getByRole("textbox", { name: /^Start time/ }).fill("09:15");
  await workspace.getByRole("textbox", { name: /^Place/ }).fill("Library corner");
  await workspace.getByRole("button", { name: "Save funding, time and place" }).click();
  await workspace.getByText("Saved.").waitFor();
  await workspace.evaluate(() => window.scrollTo(0, 0));
  await workspace.mouse.move(0, 0);
  await workspace.screenshot({ path: out("workspace-interventions"), fullPage: true });
  await workspace.setViewportSize({ width: 360, height: 800 });
  await workspace.screenshot({ path: out("workspace-interventions-360"), fullPage: true });
  await noSidewaysScroll(workspace, "The intervention page");

  await workspace.setViewportSize({ width: 1280, height: 860 });
  await workspace.goto(workspace.url().replace(/#.*$/, "#/provision-map"));
  await workspace.getByRole("heading", { name: "Whole-setting totals" }).waitFor();
  await workspace.screenshot({ path: out("workspace-provision-map"), fullPage: true });
  await workspace.getByRole("link", { name: "What works" }).click();
  await workspace.getByText(/Progress is not proof/).waitFor();
  await workspace.mouse.move(0, 0);
  await workspace.screenshot({ path: out("workspace-what-works"), fullPage: true });
  await workspace.getByRole("link", { name: "Staff timetable" }).click();
  await workspace.getByRole("heading", { name: "Clashes" }).waitFor();
  await workspace.mouse.move(0, 0);
  await workspace.screenshot({ path: out("workspace-staff-timetable"), fullPage: true });
  await workspace.setViewportSize({ width: 360, height: 800 });
  await noSidewaysScroll(workspace, "The staff timetable");
  await workspace.setViewportSize({ width: 1280, height: 860 });
}
