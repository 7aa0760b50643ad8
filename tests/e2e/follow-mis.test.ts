import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright";
import { screenshotIfAsked } from "../support/screenshot";
import { launchExtension, type ExtensionSession } from "./extension";
import { serveMisPages } from "./fixture-server";
import { setUpNewSchool } from "./new-school";

const bar = (panel: Page) => panel.getByRole("region", { name: "Your MIS" });

/**
 * Counts every change to the MIS page's DOM made after it loaded, by anyone (the reader must make none), and
 * keeps every window message the page's own scripts receive (the reader must send none: WXT's started notice
 * would carry the extension's id).
 */
const COUNT_MUTATIONS = `
  window.__messages = [];
  addEventListener("message", (event) => { window.__messages.push(JSON.stringify(event.data)); });
  addEventListener("DOMContentLoaded", () => {
    window.__mutations = 0;
    new MutationObserver((list) => { window.__mutations += list.length; })
      .observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

describe("side panel: follows the pupil open in the MIS", () => {
  let server: Awaited<ReturnType<typeof serveMisPages>>;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await serveMisPages();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("adds the MIS site, offers to add an unknown pupil, then opens them whenever the MIS shows them", async () => {
    const panel = await session.openPage("sidepanel.html");
    await setUpNewSchool(panel, "Follow Test Primary (fake)", "follow the mis test passphrase");

    await panel.getByRole("button", { name: "Setting", exact: true }).click();
    await panel.getByLabel("Name", { exact: true }).fill("Pretend MIS");
    await panel.getByLabel("Web address").fill(`${server.origin}/layout-cards.html?pupil=1`);
    await panel.getByRole("button", { name: "Add and allow access" }).click();
    await panel.getByText("Pretend MIS added.").waitFor();
    await expect.poll(() => panel.locator(".mis-sites").innerText()).toContain(server.origin);

    const mis = await session.context.newPage();
    await mis.addInitScript(COUNT_MUTATIONS);
    await mis.goto(`${server.origin}/layout-cards.html`);
    await mis.bringToFront();

    await panel.getByRole("button", { name: "Due", exact: false }).first().click();
    await expect.poll(() => bar(panel).innerText()).toContain(
      "Pretend MIS shows Ada Testpupil (born 4 March 2015, UPN L999200115001), who is not in your register.",
    );
    await screenshotIfAsked(panel, "side-panel-follow-unknown.png");
    await bar(panel).getByRole("button", { name: "Add this pupil" }).click();
    expect(await panel.getByLabel("First name").inputValue()).toBe("Ada");
    expect(await panel.getByLabel("Last name").inputValue()).toBe("Testpupil");
    expect(await panel.getByLabel("Date of birth").inputValue()).toBe("04/03/2015");
    expect(await panel.getByLabel(/Unique pupil number/).inputValue()).toBe("L999200115001");
    await panel.getByRole("button", { name: "Add pupil" }).click();
    await panel.getByRole("heading", { name: "Ada Testpupil" }).waitFor();

    // Another pupil's page, whose name sits where the general reader does not look.
    await panel.getByRole("button", { name: "Pupils", exact: true }).click();
    await mis.goto(`${server.origin}/layout-spa.html`);
    await expect.poll(() => bar(panel).innerText()).toContain("Pretend MIS shows a pupil (born 9 November 2015, UPN P999200115003)");

    // A page reading rule for this MIS, tried on the open page, then saved: now the name is read too.
    await panel.getByRole("button", { name: "Setting", exact: true }).click();
    await panel.getByRole("button", { name: "Page reading rules for Pretend MIS" }).click();
    const fullName = panel.getByRole("group", { name: "Full name" });
    await fullName.getByText("Advanced: CSS selector and pattern").click();
    await fullName.getByLabel("Selector").fill("[data-testid=learner-nam]");
    await panel.getByRole("button", { name: "Test on the open page" }).click();
    await expect.poll(() => panel.locator(".rule-results").innerText()).toContain("Full name: the selector [data-testid=learner-nam] matches nothing on this page");
    await fullName.getByLabel("Selector").fill("[data-testid=learner-name]");
    await panel.getByRole("button", { name: "Test on the open page" }).click();
    await expect.poll(() => panel.locator(".rule-results").innerText()).toContain("MADEUPSON, Cleo");
    await panel.getByRole("button", { name: "Save rules" }).click();
    await panel.getByText("Page reading rules saved.").waitFor();
    await panel.getByRole("button", { name: "Pupils", exact: true }).click();
    await expect.poll(() => bar(panel).innerText()).toContain("Pretend MIS shows MADEUPSON, Cleo (born 9 November 2015, UPN P999200115003)");

    // Back to the first pupil: the panel opens their record by itself.
    await mis.goto(`${server.origin}/layout-cards.html`);
    await panel.getByRole("heading", { name: "Ada Testpupil" }).waitFor();
    await expect.poll(() => bar(panel).innerText()).toContain("Showing the pupil open in Pretend MIS: Ada Testpupil.");
    await screenshotIfAsked(panel, "side-panel-follow.png");

    // A list of pupils is not one pupil: the panel says so rather than guessing.
    await mis.goto(`${server.origin}/layout-list.html`);
    await expect.poll(() => bar(panel).innerText()).toContain("This Pretend MIS page lists 8 pupils.");
    expect(await mis.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    expect(await mis.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);

    // Nothing left this computer: the only requests outside the extension were the MIS pages themselves.
    expect(session.outsideRequests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });
});
