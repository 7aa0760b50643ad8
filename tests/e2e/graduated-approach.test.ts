import { describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { addDays } from "@/graduated-approach/iso-date";
import { syntheticUpn } from "@/graduated-approach/upn";
import { launchExtension } from "./extension";
import { setUpNewSchool } from "./new-school";

const PASSPHRASE = "correct horse battery staple for tests";
const today = new Date().toISOString().slice(0, 10);

const setUpSetting = (page: Page) => setUpNewSchool(page, "Test Valley Primary (fake)", PASSPHRASE);

const region = (page: Page, name: RegExp) => page.getByRole("region", { name });

describe("side panel: the graduated approach", () => {
  it("adds a pupil, runs a cycle to review, opens the next cycle pre-filled, and clears the Due list", async () => {
    const session = await launchExtension();
    const page = await session.openPage("sidepanel.html");
    await setUpSetting(page);

    await page.getByRole("heading", { name: "Due", exact: true }).waitFor();
    await page.getByText(/No pupils yet/).waitFor();
    await page.getByRole("button", { name: "Add a pupil" }).click();

    const upn = syntheticUpn("999900025001");
    const wrong = (upn[0] === "A" ? "B" : "A") + upn.slice(1);
    await page.getByLabel("First name").fill("Testy");
    await page.getByLabel("Last name").fill("McFakeface");
    await page.getByLabel("Date of birth").fill("2017-03-04");
    await page.getByLabel("Year group").selectOption({ label: "Year 4" });
    await page.getByLabel(/Unique pupil number/).fill(wrong);
    await page.getByLabel("Primary need").selectOption("SLCN");
    await page.getByRole("button", { name: "Add pupil" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain(`wrong check letter: expected ${upn[0]}`);
    await page.getByLabel(/Unique pupil number/).fill(upn);
    await page.getByRole("button", { name: "Add pupil" }).click();
    await page.getByRole("heading", { name: "Testy McFakeface" }).waitFor();

    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "Record a meeting" }).click();
      await page.getByLabel("Who came").fill(`Parent (made up) and SENCO, meeting ${i}`);
      await page.getByRole("button", { name: "Save meeting" }).click();
      await page.getByText(`${i} of 3 meetings held`).waitFor();
    }

    await page.getByRole("button", { name: /^Due/ }).click();
    await expect.poll(() => region(page, /no open cycle/).innerText()).toContain("Testy McFakeface");
    await page.getByRole("button", { name: /Testy McFakeface/ }).click();

    await page.getByRole("button", { name: "Start a cycle" }).click();
    await page.getByRole("heading", { name: "Cycle 1 for Testy McFakeface" }).waitFor();
    await page.getByLabel("The pupil's view").fill("I like it when I know the words.");
    await page.getByLabel("The parents' or carers' view").fill("Talking is getting easier at home.");

    await page.getByRole("tab", { name: /^Plan/ }).click();
    await page.getByRole("button", { name: "Add an outcome" }).click();
    await page.getByLabel("What the pupil will achieve").fill("Use new topic words in class");
    await page.getByLabel("Baseline: where the pupil is now").fill("Uses 3 of 20 topic words");
    await page.getByLabel("Target", { exact: true }).fill("Uses 12 of 20 topic words");
    await page.getByLabel("How it will be measured").fill("Weekly word check");
    await page.getByLabel("By when").fill(addDays(today, 7));
    await page.getByRole("button", { name: "Add provision" }).click();
    await page.locator(".picker-list button").first().click();
    await page.getByLabel("Who delivers it").fill("Mr Fakeham (TA)");
    await page.getByLabel("Sessions a week").fill("3");
    await page.getByLabel("Minutes a session").fill("20");
    await page.getByLabel("Weeks", { exact: true }).fill("10");
    await page.getByLabel("Cost an hour (£)").fill("18");
    await page.getByLabel("Review date").fill(addDays(today, 7));
    await page.getByText("No plan-quality issues at this stage.").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole("tab", { name: /^Do/ }).click();
    await page.getByRole("button", { name: "Delivered" }).click();
    await page.getByText(/1 delivered, 0 missed/).waitFor();
    await page.getByText("All changes saved").waitFor();

    await page.getByRole("button", { name: /^Due/ }).click();
    await expect.poll(() => region(page, /Reviews due in the next 14 days/).innerText()).toContain("Testy McFakeface");
    await page.getByRole("button", { name: /Testy McFakeface/ }).click();
    await page.getByRole("button", { name: "Continue cycle 1" }).click();

    await page.getByRole("tab", { name: /^Review/ }).click();
    await page.getByLabel("Progress").selectOption({ label: "Some progress" });
    await page.getByLabel("Evidence").fill("Uses 8 of 20 topic words");
    await page.getByLabel("Continue the plan").check();
    await page.getByRole("button", { name: "Close the review and start the next cycle" }).click();

    await page.getByRole("heading", { name: "Cycle 2 for Testy McFakeface" }).waitFor();
    await page.getByText(/Cycle 1 is reviewed and closed/).waitFor();
    await page.getByRole("tab", { name: /^Plan/ }).click();
    // The carried-over cards start collapsed, each with its summary line.
    await page.getByRole("button", { name: /^Outcome 1: Use new topic words in class/ }).click();
    expect(await page.getByLabel("Baseline: where the pupil is now").inputValue()).toBe("Uses 8 of 20 topic words");
    await page.getByLabel("By when").fill(addDays(today, 56));
    await page.getByRole("button", { name: /^Provision 1: .*Mr Fakeham \(TA\)/ }).click();
    expect(await page.getByLabel("Who delivers it").inputValue()).toBe("Mr Fakeham (TA)");
    await page.getByLabel("Review date").fill(addDays(today, 56));
    await page.getByText("All changes saved").waitFor();

    await page.getByRole("button", { name: /^Due/ }).click();
    await page.getByText("Nothing is due. Well done.").waitFor();
    expect(await region(page, /Reviews due in the next 14 days/).innerText()).toContain("No reviews due in the next 14 days.");

    await page.getByRole("button", { name: "Pupils", exact: true }).click();
    await page.getByRole("button", { name: /McFakeface, Testy/ }).click();
    await page.getByText(/Cycle 1 reviewed: continue the plan/).waitFor();

    expect(session.outsideRequests).toEqual([]);
    await session.close();
  });
});
