import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticUpn } from "@/graduated-approach/upn";
import { launchExtension } from "./extension";

describe("workspace: import pupils from an MIS CSV", () => {
  it("previews errors, imports only after confirmation, and reports what happened", async () => {
    const good = syntheticUpn("999100126001");
    const csv = [
      "Forename,Surname,DOB,UPN,Year,SEN status,Primary need",
      `Testy,McTestface,04/05/2016,${good},4,K,SLCN`,
      "Sample,Personby,31/02/2015,,5,K,XYZ",
    ].join("\r\n");
    const file = join(mkdtempSync(join(tmpdir(), "import-")), "pupils.csv");
    writeFileSync(file, "\ufeff" + csv);

    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html");
    await panel.getByLabel("Name of your setting").fill("Import Test School (fake)");
    await panel.getByLabel("School").check();
    await panel.getByRole("button", { name: "Save and continue" }).click();
    await panel.getByLabel("Passphrase", { exact: true }).fill("import test passphrase");
    await panel.getByLabel("Type the passphrase again").fill("import test passphrase");
    await panel.getByRole("button", { name: "Set passphrase" }).click();
    await panel.getByLabel("I have printed or saved my recovery key").check();
    await panel.getByRole("button", { name: "Continue" }).click();

    const page = await session.openPage("workspace.html#/import");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel("Passphrase").fill("import test passphrase");
    await page.getByRole("button", { name: "Unlock", exact: true }).click();
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByText("1 to add").waitFor();
    const table = await page.locator(".data-table").innerText();
    expect(table).toContain("date of birth 31/02/2015 is not a real date");
    expect(table).toContain("unknown SEN need code XYZ");
    await page.screenshot({ path: process.env.SCREENSHOT_DIR ? join(process.env.SCREENSHOT_DIR, "workspace-import.png") : join(tmpdir(), "workspace-import.png") });

    await page.getByLabel("I have checked the preview").check();
    await page.getByRole("button", { name: "Import 1 pupils" }).click();
    await expect.poll(() => page.getByRole("status").last().innerText()).toContain("Added 1, updated 0, skipped 1");

    // The side panel, open beside the workspace all along, picks up the imported pupil without a reload.
    await panel.getByRole("button", { name: "Pupils", exact: true }).click();
    await panel.getByText(/McTestface/).first().waitFor();
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
