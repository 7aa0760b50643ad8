import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright";
import { generateDemoSchool } from "@/demo-school/generate";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import { pdfText } from "../support/pdf-text";
import { launchExtension } from "./extension";

const today = new Date().toISOString().slice(0, 10);

/** The first made-up demo pupil at SEN support or with a plan who has a reviewed cycle (the extension uses seed 2026). */
function demoPupilWithReview() {
  const demo = generateDemoSchool({ pupils: 30, seed: 2026, today });
  const byPupil = cyclesByPupil(demo.cycles);
  const pupil = demo.pupils.find((p) => (byPupil.get(p.id) ?? []).some((c) => c.stages.review.reviewedOn));
  if (!pupil) throw new Error("The demo school has no pupil with a reviewed cycle");
  return pupil;
}

/** The names the browser offered for each download, to check none carries a pupil's name. */
const offeredNames: string[] = [];

async function download(page: Page, button: string, dir: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  offeredNames.push(file.suggestedFilename());
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}


describe("side panel: EHC needs assessment evidence pack", () => {
  const downloads = mkdtempSync(join(tmpdir(), "evidence-pack-download-"));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  it("shows the readiness check and downloads the full and pseudonymised packs, logging each export", async () => {
    const pupil = demoPupilWithReview();
    const fullName = `${pupil.firstName} ${pupil.lastName}`;
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").first().waitFor();
    await page.getByRole("button", { name: "Pupils", exact: true }).click();
    await page.getByRole("button", { name: new RegExp(`${pupil.lastName}, ${pupil.firstName}`) }).click();
    await page.getByRole("heading", { name: fullName }).waitFor();

    const section = page.getByRole("region", { name: "EHC needs assessment evidence pack" });
    await section.getByText(/It informs, never blocks/).waitFor();
    expect(await section.innerText()).toContain("education, health and care (EHC) plan");
    expect(await section.innerText()).toMatch(/Readiness: \d+ of \d+ kinds of evidence present/);
    expect(await section.innerText()).toContain("Not recorded in SEND Companion: attach the MIS attendance summary.");
    await section.getByText("No evidence pack has been exported for this pupil yet.").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const full = pdfText(await download(page, "Download evidence pack (PDF)", downloads, "full.pdf"));
    expect(full).toContain("Evidence for an EHC needs assessment");
    expect(full).toContain(fullName);
    expect(full).toContain("OFFICIAL-SENSITIVE: contains special category personal data");
    expect(full).toContain("Readiness checklist");
    expect(full).toMatch(/Page 1 of \d+/);
    await section.getByText(/: PDF, full$/).waitFor();

    await section.getByLabel(/^Pseudonymise for sharing/).check();
    // The final check comes first: downloading before ticking it is refused, saying why.
    await section.getByRole("button", { name: "Download evidence pack (PDF)" }).click();
    await section.getByText("Read the final check, then tick that the pack is ready to share").waitFor();
    const word = ["football", "dragons", "space"].find((w) => pupil.profile?.importantToMe.toLowerCase().includes(w)) ?? "";
    expect(word, "the demo pupil's profile names something to leave out").not.toBe("");
    await section.getByLabel("Other words to leave out (optional)").fill(word);
    await section.getByText(new RegExp(`"${word}": replaced by \\[redacted\\] in \\d+ place`)).waitFor();
    await section.getByLabel("I have read the final check and the pack is ready to share").check();
    const pseudo = pdfText(await download(page, "Download evidence pack (PDF)", downloads, "pseudo.pdf"));
    expect(pseudo.toLowerCase()).not.toContain(word);
    expect(pseudo).toContain("[redacted]");
    expect(pseudo).toContain("Pseudonymised");
    expect(pseudo).toContain(`${pupil.firstName[0]}.${pupil.lastName[0]}.`);
    expect(pseudo).not.toContain(pupil.lastName);
    expect(pseudo).not.toContain(pupil.upn!);
    const json = JSON.parse(readFileSync(await download(page, "Download as JSON", downloads, "pack.json"), "utf8"));
    expect(json).toMatchObject({ schemaVersion: 1, pseudonymised: true });
    expect(JSON.stringify(json)).not.toContain(pupil.upn!);
    await section.getByText(/: JSON, pseudonymised$/).waitFor();
    const settingName = generateDemoSchool({ pupils: 1, seed: 2026, today }).setting.name;
    expect(pseudo).not.toContain(settingName);
    expect(pseudo).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
    expect(offeredNames).toHaveLength(3);
    for (const offered of offeredNames) {
      expect(offered).toMatch(/^evidence-pack-/);
      expect(offered.toLowerCase()).not.toContain(pupil.lastName.toLowerCase());
      expect(offered.toLowerCase()).not.toContain(pupil.firstName.toLowerCase());
    }
    expect(await section.locator(".export-log li").count()).toBe(3);

    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
