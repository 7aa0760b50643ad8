import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/temp-dir";
import { launchExtension } from "./extension";
import { setUpNewSchool } from "./new-school";

const TRANSFER_PASSPHRASE = "transfer passphrase shared by phone";
const RECEIVER_PASSPHRASE = "receiving school passphrase for tests";

describe("transfer to the next school", () => {
  it("exports a pupil's transfer file from one install and imports it into a fresh one, with pupil, cycles and ISP intact", async () => {
    const source = await launchExtension();
    const panel = await source.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    await panel.locator(".due-group .due-item").first().click();
    const name = (await panel.locator("#pupil-title").innerText()).trim();
    const cyclesBefore = await panel.locator(".cycle-row").count();
    expect(cyclesBefore).toBeGreaterThan(0);
    await panel.getByRole("button", { name: "Support plan" }).click();
    await panel.getByRole("heading", { name: `Support plan: ${name}` }).waitFor();
    const outcomes = await panel.locator("section[aria-labelledby='isp-outcomes'] li").allInnerTexts();
    const layer = await panel.locator("section[aria-labelledby='isp-about'] dd").first().innerText();
    expect(outcomes.length).toBeGreaterThan(0);

    await panel.getByLabel("Passphrase for the transfer file").fill(TRANSFER_PASSPHRASE);
    await panel.getByLabel("Type the passphrase again").fill(TRANSFER_PASSPHRASE);
    const [download] = await Promise.all([panel.waitForEvent("download"), panel.getByRole("button", { name: "Make transfer file" }).click()]);
    const path = join(tempDir("transfer"), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^Transfer - [A-Z]\.[A-Z]\. - \d{4}-\d{2}-\d{2}\.sendtransfer$/);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("send-companion-transfer");
    expect(text).not.toContain(name.split(" ").at(-1)!);
    expect(source.outsideRequests).toEqual([]);
    await source.close();

    const target = await launchExtension();
    const fresh = await target.openPage("sidepanel.html");
    await setUpNewSchool(fresh, "Testy Receiving Academy (fake)", RECEIVER_PASSPHRASE);
    const workspace = await target.openPage("workspace.html#/transfer-in");
    // One unlock serves every extension page: the workspace opens unlocked.
    await workspace.getByRole("heading", { name: "Receive a transfer" }).waitFor();
    await workspace.getByLabel("Transfer file", { exact: true }).setInputFiles(path);
    await workspace.getByLabel("Passphrase for the transfer file").fill("not the right passphrase");
    await workspace.getByRole("button", { name: "Open transfer file" }).click();
    await expect.poll(() => workspace.locator(".error-summary").innerText()).toContain("That passphrase does not open this transfer file");
    await workspace.getByLabel("Passphrase for the transfer file").fill(TRANSFER_PASSPHRASE);
    await workspace.getByRole("button", { name: "Open transfer file" }).click();
    await workspace.getByText(`${name} is added to your register.`).waitFor();
    await workspace.getByRole("button", { name: "Add to register" }).click();
    await workspace.getByRole("heading", { name: "Transfer added" }).waitFor();

    await fresh.reload(); // still unlocked: the key is shared by every extension page until Lock
    await fresh.getByRole("button", { name: "Pupils", exact: true }).click();
    await fresh.locator(".pupil-row", { hasText: name.split(" ").at(-1)! }).first().click();
    await fresh.getByRole("heading", { name, exact: true }).waitFor();
    expect(await fresh.locator(".cycle-row").count()).toBe(cyclesBefore);
    await fresh.getByRole("button", { name: "Support plan" }).click();
    await fresh.getByRole("heading", { name: `Support plan: ${name}` }).waitFor();
    expect(await fresh.locator("section[aria-labelledby='isp-outcomes'] li").allInnerTexts()).toEqual(outcomes);
    expect(await fresh.locator("section[aria-labelledby='isp-about'] dd").first().innerText()).toBe(layer);
    expect(target.outsideRequests).toEqual([]);
    await target.close();
  });
});
