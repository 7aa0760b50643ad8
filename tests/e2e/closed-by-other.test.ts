import { describe, expect, it } from "vitest";
import { launchExtension } from "./extension";

describe("a page whose database another page closes", () => {
  it("says plainly that another window erased everything, with no raw database error, and reopens to a fresh start", async () => {
    const session = await launchExtension();
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    const errors: string[] = [];
    panel.on("pageerror", (error) => errors.push(error.message));
    const workspace = await session.openPage("workspace.html#/setting");
    await workspace.getByLabel("Type ERASE to confirm").fill("ERASE");
    await workspace.getByRole("button", { name: "Erase everything on this computer" }).click();
    await workspace.getByRole("button", { name: /Try with a demo school/ }).waitFor();

    await panel.getByRole("heading", { name: "SEND Companion was closed in this window" }).waitFor();
    expect(await panel.getByText("This is a demo school.").count()).toBe(0);
    expect(await panel.locator("main").innerText()).not.toMatch(/InvalidStateError|TransactionInactiveError|database connection/i);
    await panel.getByRole("button", { name: "Reopen SEND Companion" }).click();
    await panel.getByRole("button", { name: /Try with a demo school/ }).waitFor();
    expect(errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  }, 60_000);
});
