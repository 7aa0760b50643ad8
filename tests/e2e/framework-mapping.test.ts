import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { nestedFramework } from "../fixtures/la-frameworks";
import { launchExtension } from "./extension";

const DEMO_PASSPHRASE = "demo school passphrase";

/** Waits for the page to show either its lock screen or `ready`, and unlocks it if it is locked. */
async function unlockIfLocked(page: Page, ready: ReturnType<Page["getByRole"]>) {
  const passphrase = page.getByLabel("Passphrase");
  await passphrase.or(ready).first().waitFor();
  if (await passphrase.isVisible()) {
    await passphrase.fill(DEMO_PASSPHRASE);
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
  }
}

describe("importing another local authority's framework through the mapping screen", () => {
  it("maps a nested JSON framework, uses it, and costs a catalogue provision for a pupil", async () => {
    const dir = mkdtempSync(join(tmpdir(), "send-framework-map-"));
    const file = join(dir, "testshire.json");
    writeFileSync(file, JSON.stringify(nestedFramework()));
    const session = await launchExtension();
    try {
      const panel = await session.openPage("sidepanel.html#demo");
      await panel.getByText("This is a demo school.").first().waitFor();
      const page = await session.openPage("workspace.html#/framework-import");
      await page.setViewportSize({ width: 1280, height: 900 });
      await unlockIfLocked(page, page.getByRole("heading", { name: "Import a framework" }));

      await page.getByLabel("Framework file (JSON, CSV or XLSX spreadsheet)").setInputFiles(file);
      await page.getByRole("heading", { name: "Preview" }).waitFor();
      // Columns are guessed from their names; the local authority is not in the file, so the preview asks for it.
      expect(await page.getByLabel("Statement text").inputValue()).toBe("statement");
      expect(await page.getByLabel("Hourly rate (£)").inputValue()).toBe("rate");
      await expect.poll(() => page.locator(".mapping-preview").innerText()).toContain("The mapping is not finished");
      await page.getByLabel("Framework name").fill("Testshire graduated response");
      await page.getByLabel("Local authority").fill("Testshire County Council (fictional)");
      await page.getByLabel("Tier for level 2").selectOption("targeted");
      await expect.poll(() => page.locator(".mapping-preview").innerText()).toContain("Every record fits");
      const preview = await page.locator(".mapping-preview").innerText();
      expect(preview).toContain("7 statements: 4 provision, 3 need descriptors; 2 costed provision items");
      expect(preview).toContain("2 → Targeted: 2");

      await page.getByRole("button", { name: "Save mapping and continue" }).click();
      await page.getByRole("button", { name: "Use version 1 of Testshire graduated response" }).click();
      await page.getByText("Your setting now follows Testshire graduated response, version 1.").waitFor();

      await panel.reload();
      await unlockIfLocked(panel, panel.getByRole("button", { name: "Pupils", exact: true }));
      await panel.getByRole("button", { name: "Pupils", exact: true }).click();
      await panel.getByRole("button", { name: "Add a pupil" }).click();
      await panel.getByLabel("First name").fill("Ada");
      await panel.getByLabel("Last name").fill("Example");
      await panel.getByLabel("Date of birth").fill("2017-03-04");
      await panel.getByLabel("Year group").selectOption({ label: "Year 4" });
      await panel.getByLabel("Primary need").selectOption("SLCN");
      await panel.getByLabel("Tier of the framework").selectOption({ label: "Tier 2: Targeted" });
      await panel.getByRole("button", { name: "Add pupil" }).click();
      await panel.getByRole("heading", { name: "Ada Example" }).waitFor();

      await panel.getByRole("button", { name: "Start a cycle" }).click();
      await panel.getByRole("tab", { name: /^Plan/ }).click();
      await panel.getByRole("button", { name: "Add provision" }).click();
      await panel.getByRole("button", { name: /Small-group language programme/ }).click();
      expect(await panel.getByLabel("Who delivers it").inputValue()).toBe("Teaching assistant");
      expect(await panel.getByLabel("Cost an hour (£)").inputValue()).toBe("21.5");
      // 2 hours a week × £21.50 ÷ a group of 3, for a 39-week school year.
      await panel.getByText("£559", { exact: true }).first().waitFor();
      await panel.getByText("All changes saved").waitFor();

      await panel.getByRole("button", { name: "Back to Ada Example" }).click();
      const costs = panel.getByRole("region", { name: "Costed provision" });
      await expect.poll(() => costs.innerText()).toContain("Small-group language programme");
      expect(await costs.innerText()).toContain("£559");
      expect(await costs.innerText()).toContain("below the SEN support threshold");
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("importing a spreadsheet framework in the extension", () => {
  it("reads an XLSX with a title row above its header (exceljs loads under the extension's content security policy)", async () => {
    const { xlsxTemplate } = await import("@/commitment-framework/import/write-xlsx-template");
    const dir = mkdtempSync(join(tmpdir(), "send-framework-xlsx-"));
    const file = join(dir, "exampleshire-oap.xlsx");
    writeFileSync(file, await xlsxTemplate());
    const session = await launchExtension();
    try {
      const panel = await session.openPage("sidepanel.html#demo");
      await panel.getByText("This is a demo school.").first().waitFor();
      const page = await session.openPage("workspace.html#/framework-import");
      await page.setViewportSize({ width: 1280, height: 900 });
      await unlockIfLocked(page, page.getByRole("heading", { name: "Import a framework" }));
      await page.getByLabel("Framework file (JSON, CSV or XLSX spreadsheet)").setInputFiles(file);
      await page.getByText("exampleshire-oap.xlsx: 7 records.").waitFor();
      expect(await page.getByLabel("Statement text").inputValue()).toBe("Statement");
      expect(await page.getByLabel("Hours a week").inputValue()).toBe("Hours a week");
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
