import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tinyFramework } from "../fixtures/tiny-framework";
import { tempDir } from "../support/temp-dir";
import { launchExtension, unlockIfAsked } from "./extension";

describe("loading another local authority's framework", () => {
  it("names the file and the problem for a bad file, then switches to a good one", async () => {
    const dir = tempDir("framework");
    const good = join(dir, "test-borough.json");
    writeFileSync(good, JSON.stringify(tinyFramework()));
    const broken = tinyFramework();
    broken.statements[0]!.level = "tier-9";
    const bad = join(dir, "broken-borough.json");
    writeFileSync(bad, JSON.stringify(broken));

    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").first().waitFor();
    const page = await session.openPage("workspace.html#/setting");
    await page.setViewportSize({ width: 1280, height: 900 });
    await unlockIfAsked(page, "demo school passphrase");

    await page.getByLabel("Load another local authority's framework (JSON file)").setInputFiles(bad);
    await expect
      .poll(() => page.getByRole("alert").first().innerText())
      .toContain('broken-borough.json: statement 1 (talk-1) level: level "tier-9" is not one of the framework\'s levels.');

    await page.getByLabel("Load another local authority's framework (JSON file)").setInputFiles(good);
    await page.getByText("test-borough.json loaded").waitFor();
    await page.getByRole("link", { name: "Framework", exact: true }).click();
    await page.getByRole("heading", { name: "Test Borough ordinarily available provision" }).waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Showing" }).innerText()).toContain("of 4 statements");
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
