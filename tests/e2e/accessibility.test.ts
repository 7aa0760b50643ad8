import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { buildAuditExport } from "@/self-audit/audit-export";
import { auditWith } from "../fixtures/sample-audits";
import { launchExtension } from "./extension";
import { screenProblems } from "./a11y-check";

const DEMO_PASSPHRASE = "demo school passphrase";

/** Two made-up settings' audit exports and one file that is not an audit, for Compare settings. */
function compareFiles(dir: string): string[] {
  const framework = loadBuiltInFramework();
  const statements = framework.statements.filter((s) => s.phases.includes("school")).slice(0, 12);
  return ["Testington Primary (fake)", "Exampleton Academy (fake)"].map((name, n) => {
    const audit = auditWith(framework, Object.fromEntries(statements.map((s, i) => [s.id, { rating: (i + n) % 4 }])), { id: `audit-${n}`, settingName: name });
    const file = join(dir, `audit-${n}.json`);
    writeFileSync(file, JSON.stringify(buildAuditExport(framework, audit, "2026-03-03T09:00:00.000Z")));
    return file;
  }).concat((() => {
    const wrong = join(dir, "not-an-audit.json");
    writeFileSync(wrong, JSON.stringify({ hello: "world" }));
    return wrong;
  })());
}

async function unlock(page: Page) {
  await page.getByLabel("Passphrase", { exact: true }).fill(DEMO_PASSPHRASE);
  await page.getByRole("button", { name: "Unlock", exact: true }).click();
}

describe("accessibility of every main screen in the populated demo", () => {
  it("has no serious or critical axe findings at 360 and 1280 px, no sideways scroll at 320 px and 16 px body text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "a11y-"));
    const session = await launchExtension();
    const problems: string[] = [];
    const check = async (page: Page, screen: string) => problems.push(...(await screenProblems(page, screen)));
    try {
      const panel = await session.openPage("sidepanel.html");
      await panel.getByRole("button", { name: "Try with a demo school" }).waitFor();
      await check(panel, "first run");
      await panel.getByRole("button", { name: "Try with a demo school" }).click();
      await panel.getByRole("region", { name: /Reviews overdue/ }).waitFor();
      await check(panel, "Due");

      await panel.getByRole("button", { name: "Pupils", exact: true }).click();
      await panel.locator(".pupil-row").first().waitFor();
      await check(panel, "pupil list");

      await panel.getByRole("button", { name: "Due", exact: false }).first().click();
      await panel.locator(".due-group .due-item").first().click();
      await panel.getByRole("heading", { name: "One-page profile" }).waitFor();
      await check(panel, "pupil page with evidence pack");
      await panel.getByRole("button", { name: "Record a meeting" }).click();
      await check(panel, "meetings");

      await panel.getByRole("button", { name: /^Continue cycle/ }).click();
      for (const stage of ["Assess", "Plan", "Do", "Review"]) {
        await panel.getByRole("tab", { name: new RegExp(`^${stage}`) }).click();
        if (stage === "Plan") {
          await panel.getByRole("button", { name: "Add provision" }).click();
          await panel.locator(".picker-list button").first().waitFor();
        }
        await check(panel, `${stage} stage`);
      }

      await panel.getByRole("button", { name: "Framework", exact: true }).click();
      await panel.locator(".statement-toggle").first().click();
      await check(panel, "side panel framework");
      await panel.getByRole("button", { name: "Setting", exact: true }).click();
      await panel.getByRole("heading", { name: "Your setting", exact: true }).waitFor();
      await panel.getByLabel("Name", { exact: true }).fill("Pretend MIS");
      await panel.getByLabel("Web address").fill("http://127.0.0.1:9");
      await panel.getByRole("button", { name: "Add and allow access" }).click();
      await panel.getByText("Pretend MIS added.").waitFor();
      await panel.getByRole("button", { name: "Page reading rules for Pretend MIS" }).click();
      await check(panel, "side panel setting with an MIS and its reading rules");

      await panel.getByRole("button", { name: "Lock", exact: true }).click();
      await panel.getByLabel("Passphrase", { exact: true }).waitFor();
      await check(panel, "lock screen");
      await unlock(panel);
      await panel.getByRole("heading", { name: "Your setting", exact: true }).or(panel.getByRole("heading", { name: "Due", exact: true })).first().waitFor();
      await check(panel, "unlocked");

      const ws = await session.openPage("workspace.html#/framework");
      await ws.setViewportSize({ width: 1280, height: 900 });
      // Opened while the side panel is unlocked, so it opens unlocked; lock it to check its lock screen.
      await ws.getByRole("button", { name: "Lock", exact: true }).click();
      await ws.getByLabel("Passphrase", { exact: true }).waitFor();
      await check(ws, "workspace lock screen");
      await unlock(ws);
      await ws.locator(".statement-toggle").nth(1).click();
      await check(ws, "workspace framework browser");

      await ws.goto(ws.url().replace(/#.*$/, "#/audit"));
      await ws.getByRole("heading", { name: "Setting self-audit" }).waitFor();
      await check(ws, "audit start");
      await ws.getByLabel("Phase to audit").selectOption({ label: "School" });
      await ws.getByRole("button", { name: "Start a new audit" }).click();
      await ws.getByRole("heading", { name: /^Self-audit:/ }).waitFor();
      await ws.getByRole("button", { name: "Go to the next statement not rated" }).click();
      for (const key of ["3", "2", "1", "0", "0"]) await ws.keyboard.press(key);
      await ws.getByRole("button", { name: "Add evidence and action" }).first().click();
      await ws.getByLabel("Action", { exact: true }).fill("Brief all staff at the next training day (made up)");
      await ws.getByLabel("Owner", { exact: true }).fill("Ms Example (SENCO)");
      await ws.getByLabel("Due date", { exact: true }).fill("2027-01-15");
      await ws.getByText("All changes saved on this computer").waitFor();
      await check(ws, "audit rating");
      await ws.goto(ws.url().replace(/#\/audit\/([^/]+).*$/, "#/audit/$1/results"));
      await ws.getByRole("heading", { name: /^Results/ }).waitFor();
      await ws.getByRole("cell", { name: "15/01/2027" }).waitFor();
      await check(ws, "audit results and action plan");

      await ws.goto(ws.url().replace(/#.*$/, "#/la-view"));
      await check(ws, "compare settings, empty");
      await ws.getByLabel("Self-audit files").setInputFiles(compareFiles(dir));
      await ws.getByRole("alert").waitFor();
      await ws.locator(".audit-table").first().waitFor();
      await check(ws, "compare settings");

      await ws.goto(ws.url().replace(/#.*$/, "#/import"));
      await ws.getByLabel(/CSV or Common Transfer File/).setInputFiles(resolve("tests/fixtures/csv/unfamiliar-surname.csv"));
      await ws.locator(".data-table").first().waitFor();
      await check(ws, "import preview and mapping");
      await ws.getByLabel("Family name (legal)").selectOption("lastName");
      await ws.getByLabel("I have checked the preview").check();
      await ws.getByRole("button", { name: /^Import \d+ pupil/ }).click();
      await ws.locator(".import-report").waitFor();
      await check(ws, "import report");

      await ws.goto(ws.url().replace(/#.*$/, "#/interventions"));
      await ws.locator(".intervention-card a").first().click();
      await ws.getByRole("heading", { name: "Entry and exit measure" }).waitFor();
      await check(ws, "intervention page");
      for (const [hash, heading] of [["#/provision-map", "Whole-setting totals"], ["#/provision-map/what-works", "What works"], ["#/provision-map/timetable", "Clashes"]]) {
        await ws.goto(ws.url().replace(/#.*$/, hash!));
        await ws.getByRole("heading", { name: heading, exact: true }).waitFor();
        await check(ws, `provision map ${hash}`);
      }

      await ws.goto(ws.url().replace(/#.*$/, "#/setting"));
      await ws.getByRole("heading", { name: "Your setting", exact: true }).waitFor();
      await check(ws, "workspace setting");

      expect(problems).toEqual([]);
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
