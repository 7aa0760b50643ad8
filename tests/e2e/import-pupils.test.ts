import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticUpn } from "@/graduated-approach/upn";
import { screenshotIfAsked } from "../support/screenshot";
import { tempDir } from "../support/temp-dir";
import { launchExtension, unlockIfAsked } from "./extension";
import { setUpNewSchool } from "./new-school";

/** A Common Transfer File from a made-up school in LA 999, moving one pupil to an EHC plan. */
function transferFile(upn: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile><Header><DateTime>2026-07-15T14:30:00</DateTime>
<SourceSchool><LEA>999</LEA><Estab>1001</Estab><SchoolName>Nowhere Test Primary School (fake)</SchoolName></SourceSchool></Header>
<CTFpupilData><Pupil><UPN>${upn}</UPN><Surname>McTestface</Surname><Forename>Testy-Lee</Forename><DOB>2016-05-04</DOB>
<SENhistory><SEN><StartDate>2026-06-01</StartDate><SENprovision>E</SENprovision></SEN></SENhistory></Pupil></CTFpupilData></CTfile>`;
}

describe("workspace: import pupils from an MIS CSV or a Common Transfer File", () => {
  it("previews errors, imports only after confirmation, and reports what happened", async () => {
    const good = syntheticUpn("999100126001");
    // As Excel saves it on Windows: a title row above the headings, one name column, Windows-1252 encoding.
    const csv = [
      "Nowhere Test Primary (fake): SEN register,,,,,,",
      "Student,DOB,UPN,Year,SEN status,Primary need,SEN review notes",
      `"McTestface, Testy",04/05/2016,${good},6,K - SEN Support,"Speech, language and communication needs",`,
      '"Éxample, Zoë",12/10/2016,,5,Education Health and Care Plan,ASC,',
      "Sample Personby,31/02/2015,,5,K,XYZ,",
    ].join("\r\n");
    const dir = tempDir("import");
    const file = join(dir, "pupils.csv");
    writeFileSync(file, Buffer.from(csv, "latin1"));
    const ctf = join(dir, "transfer.xml");
    writeFileSync(ctf, transferFile(good));

    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html");
    await setUpNewSchool(panel, "Import Test School (fake)", "import test passphrase");

    const page = await session.openPage("workspace.html#/import");
    await page.setViewportSize({ width: 1280, height: 900 });
    await unlockIfAsked(page, "import test passphrase");
    await page.getByLabel("CSV or Common Transfer File (XML)").setInputFiles(file);
    await page.getByText("2 to add").waitFor();
    const table = await page.locator(".import-preview .data-table").innerText();
    expect(table).toContain("date of birth 31/02/2015 is not a real date");
    expect(table).toContain("unknown SEN need code XYZ");
    // Descriptions are translated, and the preview says what it will store for each.
    const translations = await page.locator(".import-translations").innerText();
    expect(translations).toContain("“K - SEN Support”\t→ K (SEN support)");
    expect(translations).toContain("“ASC”\t→ ASD (Autistic Spectrum Disorder)");
    expect(translations).toContain("The column headings are on row 2; the row above them is left out.");
    expect(translations).toContain("The file is not in UTF-8, so it was read as Windows-1252");
    expect(await page.getByRole("alert").innerText()).toContain("The column “SEN review notes” looks like SEN information but is not imported");
    expect(table).toContain("Éxample, Zoë → Zoë | Éxample");
    const shot = (name: string) => screenshotIfAsked(page, name, { fullPage: true });
    await shot("workspace-import.png");

    await page.getByLabel("I have checked the preview").check();
    await page.getByRole("button", { name: "Import 2 pupils" }).click();
    await expect.poll(() => page.getByRole("status").last().innerText()).toContain("Added 2, updated 0, skipped 1");
    expect(await page.locator(".import-report").innerText()).toContain("Row 5");
    await shot("workspace-import-report.png");

    // The same pupil arrives in a Common Transfer File: matched by UPN and updated, not added twice.
    await page.getByLabel("CSV or Common Transfer File (XML)").setInputFiles(ctf);
    await page.getByText("Common Transfer File from Nowhere Test Primary School (fake) (DfE number 9991001), made 15 July 2026").waitFor();
    // The update shows each field before → after; the forename the register holds is kept unless allowed.
    const changes = page.getByRole("table", { name: "Changes for 1 pupil" });
    await expect.poll(() => changes.getByRole("row", { name: /SEN provision/ }).first().innerText()).toMatch(/SEN provision\s+SEN support\s+→ EHC plan/);
    expect(await changes.getByRole("row", { name: /First name and surname/ }).innerText()).toContain(
      "Testy McTestface (kept: the file may not change this; it says Testy-Lee McTestface)",
    );
    await expect.poll(() => page.getByRole("checkbox", { name: "First name and surname" }).isChecked()).toBe(false);
    await expect.poll(() => page.getByRole("checkbox", { name: "SEN provision", exact: true }).isChecked()).toBe(true);
    await shot("workspace-import-ctf.png");
    await page.getByLabel("I have checked the preview").check();
    await page.getByRole("button", { name: "Import 1 pupil" }).click();
    await expect.poll(() => page.getByRole("status").last().innerText()).toContain("Added 0, updated 1, skipped 0");

    // The side panel, open beside the workspace all along, picks up the imported pupil without a reload.
    await panel.getByRole("button", { name: "Pupils", exact: true }).click();
    await panel.getByText(/McTestface/).first().waitFor();
    const list = await panel.locator("body").innerText();
    expect(list).toContain("McTestface, Testy");
    expect(list).not.toContain("Testy-Lee");
    expect(list).toContain("EHC plan");
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
