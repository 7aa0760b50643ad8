import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateDemoSchool } from "@/demo-school/generate";
import { tempDir } from "../support/temp-dir";
import { launchExtension } from "./extension";

describe("side panel: subject access", () => {
  it("downloads everything held about one pupil, and only that pupil", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const demo = generateDemoSchool({ pupils: 30, seed: 2026, today });
    const pupil = demo.pupils.find((p) => demo.cycles.some((c) => c.pupilId === p.id))!;
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html#demo");
    await page.getByText("This is a demo school.").first().waitFor();
    await page.getByRole("button", { name: "Pupils", exact: true }).click();
    await page.getByRole("button", { name: new RegExp(`${pupil.lastName}, ${pupil.firstName}`) }).click();
    await page.getByRole("heading", { name: "Data protection" }).waitFor();
    await expect.poll(() => page.getByRole("region", { name: "Data protection" }).innerText()).toContain("date of birth plus 31 years");

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download everything held about this pupil (JSON)" }).click(),
    ]);
    const path = join(tempDir("subject-access"), "record.json");
    await file.saveAs(path);
    const record = JSON.parse(readFileSync(path, "utf8"));
    expect(record.format).toBe("send-companion-subject-access");
    expect(record.pupil.id).toBe(pupil.id);
    expect(record.pupil.lastName).toBe(pupil.lastName);
    const expectedCycles = demo.cycles.filter((c) => c.pupilId === pupil.id).map((c) => c.id).sort();
    expect(record.cycles.map((c: { id: string }) => c.id).sort()).toEqual(expectedCycles);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
