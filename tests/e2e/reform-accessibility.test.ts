import { describe, expect, it } from "vitest";
import { launchExtension } from "./extension";
import { screenProblems } from "./a11y-check";

describe("accessibility of the reform screens in the populated demo", () => {
  it("the strategy editor, case sample, receive a transfer and a support plan have no serious axe findings and no sideways scroll", async () => {
    const session = await launchExtension();
    const problems: string[] = [];
    const panel = await session.openPage("sidepanel.html#demo");
    await panel.getByText("This is a demo school.").waitFor();
    await panel.locator(".due-group .due-item").first().click();
    await panel.getByRole("button", { name: "Support plan" }).click();
    await panel.getByRole("heading", { name: "Outcomes we are working towards" }).waitFor();
    problems.push(...(await screenProblems(panel, "Support plan")));

    const workspace = await session.openPage("workspace.html#/strategy");
    // One unlock serves every extension page: the workspace opens unlocked.
    await workspace.getByText("All changes saved").waitFor();
    problems.push(...(await screenProblems(workspace, "Inclusion strategy")));
    await workspace.goto(workspace.url().replace(/#.*$/, "#/case-sample"));
    await workspace.getByRole("heading", { name: "Case sample" }).waitFor();
    await workspace.locator(".data-table tbody tr").first().waitFor();
    problems.push(...(await screenProblems(workspace, "Case sample")));
    await workspace.goto(workspace.url().replace(/#.*$/, "#/transfer-in"));
    await workspace.getByRole("heading", { name: "Receive a transfer" }).waitFor();
    problems.push(...(await screenProblems(workspace, "Receive a transfer")));

    expect(problems).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
