// Screens of issue 13 for docs/: the framework mapping screen, a new version's changes, and the editor.
// Called by scripts/screenshots.ts with a workspace page of the demo school that is already unlocked.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright";
import { nestedFramework } from "../tests/fixtures/la-frameworks";

export async function captureFrameworkScreens(workspace: Page, out: (name: string) => string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "send-framework-shots-"));
  try {
    const first = join(dir, "testshire-oap-2026.json");
    writeFileSync(first, JSON.stringify(nestedFramework()));
    const next = nestedFramework();
    const speech = (next.areas[1]!.subAreas![0] as { entries: { ref: string; band: string; type: string; statement: string; rate?: string }[] }).entries;
    speech.splice(1, 1);
    speech[0]!.statement = "Adults give instructions in short chunks, show them with a picture, and check understanding.";
    speech.push({ ref: "CI-3", band: "2", type: "provision", statement: "Key words for each topic are taught before the topic starts." });
    speech.find((e) => e.ref === "CAT-LANG")!.rate = "£22.40";
    const second = join(dir, "testshire-oap-2027.json");
    writeFileSync(second, JSON.stringify(next));

    await workspace.goto(workspace.url().replace(/#.*$/, "#/framework-import"));
    await workspace.getByLabel("Framework file (JSON, CSV or XLSX spreadsheet)").setInputFiles(first);
    await workspace.getByLabel("Framework name").fill("Testshire graduated response");
    await workspace.getByLabel("Local authority").fill("Testshire County Council (fictional)");
    for (let i = 1; i <= 5; i++) await workspace.getByLabel(`Name for level ${i}`).fill(`Band ${i}`);
    await workspace.getByLabel("Tier for level 2").selectOption("targeted");
    await workspace.getByText("Every record fits").waitFor();
    await workspace.screenshot({ path: out("workspace-framework-mapping"), fullPage: true });
    await workspace.getByRole("button", { name: "Save mapping and continue" }).click();
    await workspace.getByRole("button", { name: /^Use version 1/ }).click();
    await workspace.getByText(/now follows Testshire graduated response, version 1/).waitFor();
    await workspace.getByRole("button", { name: "Import another" }).click();

    await workspace.getByLabel("Framework file (JSON, CSV or XLSX spreadsheet)").setInputFiles(second);
    await workspace.getByText("The mapping saved for this file last time is filled in.").waitFor();
    await workspace.getByLabel("Version", { exact: true }).fill("2");
    await workspace.getByRole("button", { name: "Save mapping and continue" }).click();
    await workspace.getByRole("heading", { name: "Changes from version 1 to version 2" }).waitFor();
    await workspace.screenshot({ path: out("workspace-framework-diff"), fullPage: true });
    await workspace.getByRole("button", { name: /^Use version 2/ }).click();
    await workspace.getByText(/now follows Testshire graduated response, version 2/).waitFor();

    await workspace.goto(workspace.url().replace(/#.*$/, "#/framework-editor"));
    await workspace.getByLabel("Show the statements in").selectOption({ label: "Communication and interaction > Speech and language" });
    await workspace.getByLabel("Version", { exact: true }).fill("3");
    await workspace.getByLabel("ci-3: text").fill("");
    await workspace.getByText("thing to fix before publishing").waitFor();
    await workspace.screenshot({ path: out("workspace-framework-editor"), fullPage: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
