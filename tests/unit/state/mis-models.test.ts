import { describe, expect, it } from "vitest";
import type { MisSite } from "@/mis-pupil/site-adapter";
import type { MisBridge } from "@/state/mis-bridge";
import { createMisFollowModel } from "@/state/mis-follow-model";
import { createMisSitesModel } from "@/state/mis-sites-model";

const ORIGIN = "https://mis.example.test";
const site: MisSite = { id: "site-1", name: "Pretend MIS", origin: ORIGIN, rules: {}, addedAt: "2026-01-01T00:00:00.000Z" };
const ada = { id: "p-ada", firstName: "Ada", lastName: "Testpupil", dateOfBirth: "2015-03-04", upn: "L999200115001" };

/** A browser stand-in: one active tab, a reader that answers with `reply`, and access the user grants or not. */
function fakeBridge(options: { url?: string; reply?: unknown; grant?: boolean } = {}) {
  const calls: string[] = [];
  const granted = new Set<string>();
  let changed: (() => void) | undefined;
  const bridge: MisBridge = {
    requestSiteAccess: async (origin) => {
      calls.push(`request ${origin}`);
      if (options.grant !== false) granted.add(origin);
      return options.grant !== false;
    },
    hasSiteAccess: async (origin) => granted.has(origin),
    removeSiteAccess: async (origin) => void granted.delete(origin),
    registerReader: async (origins) => void calls.push(`register ${origins.join(",")}`),
    activeTab: async () => ({ id: 7, url: options.url }),
    tabOnOrigin: async (origin) => (origin === ORIGIN ? 7 : undefined),
    readPupil: async () => options.reply,
    testRules: async () => options.reply,
    onPageMayHaveChanged: (run) => {
      changed = run;
      return () => (changed = undefined);
    },
  };
  return { bridge, calls, pageChanged: () => changed?.() };
}

const pupilReply = (pupil: object) => ({ kind: "pupil", pupil: { via: "generic", ...pupil } });

describe("following the MIS", () => {
  it("matches the pupil on the active MIS tab by UPN", async () => {
    const { bridge } = fakeBridge({ url: `${ORIGIN}/pupil/123`, reply: pupilReply({ upn: ada.upn, fullName: "Ada Testpupil" }) });
    const model = createMisFollowModel({ bridge, sites: () => [site], pupils: () => [ada] });
    await model.refresh();
    expect(model.onScreen.value).toMatchObject({ kind: "pupil", match: { kind: "match", pupilId: "p-ada", by: "upn" } });
  });

  it("does not follow a UPN whose page shows another date of birth, and keeps what differs", async () => {
    const reply = pupilReply({ upn: ada.upn, fullName: "Ada Testpupil", dateOfBirth: "2015-04-03" });
    const { bridge } = fakeBridge({ url: `${ORIGIN}/pupil/123`, reply });
    const model = createMisFollowModel({ bridge, sites: () => [site], pupils: () => [ada] });
    await model.refresh();
    expect(model.onScreen.value).toMatchObject({
      kind: "pupil",
      match: { kind: "differs", pupilId: "p-ada", differences: [{ field: "dateOfBirth", onPage: "2015-04-03", inRecord: "2015-03-04" }] },
    });
  });

  it("ignores tabs that are not one of the user's MIS sites, and does not ask their page", async () => {
    const { bridge } = fakeBridge({ url: "https://elsewhere.example.test/", reply: pupilReply({ upn: ada.upn }) });
    const model = createMisFollowModel({ bridge, sites: () => [site], pupils: () => [ada] });
    await model.refresh();
    expect(model.onScreen.value).toEqual({ kind: "not-mis" });
  });

  it("treats a reply that fails the schema as no reader, so a bad message is never matched", async () => {
    const { bridge } = fakeBridge({ url: `${ORIGIN}/`, reply: pupilReply({ upn: "A999200115001", fullName: "Ada Testpupil" }) });
    const model = createMisFollowModel({ bridge, sites: () => [site], pupils: () => [ada] });
    await model.refresh();
    expect(model.onScreen.value).toEqual({ kind: "no-reader", site });
  });

  it("says when the page lists several pupils, and when nobody is on it", async () => {
    const several = fakeBridge({ url: `${ORIGIN}/`, reply: { kind: "several", count: 8 } });
    const list = createMisFollowModel({ bridge: several.bridge, sites: () => [site], pupils: () => [ada] });
    await list.refresh();
    expect(list.onScreen.value).toEqual({ kind: "several", site, count: 8 });
    const none = fakeBridge({ url: `${ORIGIN}/`, reply: { kind: "none" } });
    const empty = createMisFollowModel({ bridge: none.bridge, sites: () => [site], pupils: () => [ada] });
    await empty.refresh();
    expect(empty.onScreen.value).toEqual({ kind: "nobody", site });
  });

  it("reads again when the page changes, and stops reading while paused", async () => {
    let reply: unknown = { kind: "none" };
    const fake = fakeBridge({ url: `${ORIGIN}/` });
    fake.bridge.readPupil = async () => reply;
    const model = createMisFollowModel({ bridge: fake.bridge, sites: () => [site], pupils: () => [ada] });
    const stop = model.start();
    await expect.poll(() => model.onScreen.value.kind).toBe("nobody");
    reply = pupilReply({ fullName: "Ada Testpupil", dateOfBirth: "2015-03-04" });
    fake.pageChanged();
    await expect.poll(() => model.onScreen.value).toMatchObject({ kind: "pupil", match: { kind: "match", by: "name-and-birth" } });
    model.pause();
    await model.refresh();
    expect(model.onScreen.value).toEqual({ kind: "not-mis" });
    stop();
  });

  it("forgets who the page showed when following stops, as it does on locking", async () => {
    const { bridge, pageChanged } = fakeBridge({ url: `${ORIGIN}/`, reply: pupilReply({ upn: ada.upn }) });
    const model = createMisFollowModel({ bridge, sites: () => [site], pupils: () => [ada] });
    const stop = model.start();
    await expect.poll(() => model.onScreen.value.kind).toBe("pupil");
    stop();
    expect(model.onScreen.value).toEqual({ kind: "not-mis" });
    pageChanged();
    await new Promise((r) => setTimeout(r, 10));
    expect(model.onScreen.value).toEqual({ kind: "not-mis" });
  });
});

describe("MIS sites in settings", () => {
  function sitesModel(grant = true) {
    let stored: MisSite[] = [];
    const fake = fakeBridge({ grant, reply: [{ field: "upn", status: "found", value: ada.upn, message: `UPN: found ${ada.upn}` }] });
    const model = createMisSitesModel({
      bridge: fake.bridge,
      sites: () => stored,
      save: async (sites) => void (stored = sites),
      now: () => new Date("2026-02-03T10:00:00.000Z"),
      newId: () => "site-new",
    });
    return { model, fake, stored: () => stored };
  }

  it("asks for access to just the site's origin, then saves it and runs the reader there", async () => {
    const { model, fake, stored } = sitesModel();
    expect(await model.addSite(" Pretend MIS ", `${ORIGIN}/pupils/123?tab=sen`)).toBe(true);
    expect(fake.calls).toEqual([`request ${ORIGIN}`, `register ${ORIGIN}`]);
    expect(stored()).toEqual([{ id: "site-new", name: "Pretend MIS", origin: ORIGIN, rules: {}, addedAt: "2026-02-03T10:00:00.000Z" }]);
    expect(model.access.value).toEqual({ [ORIGIN]: true });
  });

  it("saves nothing when the user refuses access, and says so", async () => {
    const { model, stored } = sitesModel(false);
    expect(await model.addSite("Pretend MIS", ORIGIN)).toBe(false);
    expect(stored()).toEqual([]);
    expect(model.problems.value[0]?.message).toContain("did not give SEND Companion access to https://mis.example.test");
  });

  it("names what is wrong with the form before asking the browser for anything", async () => {
    const { model, fake } = sitesModel();
    expect(await model.addSite("", "not a web address")).toBe(false);
    expect(model.problems.value.map((p) => p.field)).toEqual(["site-name", "site-address"]);
    expect(fake.calls).toEqual([]);
    await model.addSite("Pretend MIS", ORIGIN);
    expect(await model.addSite("Again", `${ORIGIN}/`)).toBe(false);
    expect(model.problems.value).toEqual([{ field: "site-address", message: `${ORIGIN} is already one of your MIS sites.` }]);
  });

  it("refuses rules with a broken pattern, keeping the stored ones", async () => {
    const { model, stored } = sitesModel();
    await model.addSite("Pretend MIS", ORIGIN);
    const problems = await model.saveRules("site-new", { upn: { pattern: "UPN (" } });
    expect(problems[0]).toMatch(/^The pattern for UPN is not a valid regular expression/);
    expect(stored()[0]!.rules).toEqual({});
    expect(await model.saveRules("site-new", { upn: { selector: ".upn" } })).toEqual([]);
    expect(stored()[0]!.rules).toEqual({ upn: { selector: ".upn" } });
  });

  it("tests rules on an open tab of the site, and explains when there is none", async () => {
    const { model } = sitesModel();
    expect(await model.testRules(ORIGIN, { upn: { selector: ".upn" } })).toEqual({
      ok: true,
      results: [{ field: "upn", status: "found", value: ada.upn, message: `UPN: found ${ada.upn}` }],
    });
    expect(await model.testRules("https://other.example.test", {})).toEqual({
      ok: false,
      message: "Open a pupil's page on https://other.example.test in another tab, then test again.",
    });
  });

  it("removes a site and gives its access back", async () => {
    const { model, stored } = sitesModel();
    await model.addSite("Pretend MIS", ORIGIN);
    await model.removeSite("site-new");
    expect(stored()).toEqual([]);
    expect(model.notice.value).toBe(`Pretend MIS removed. SEND Companion no longer reads pages on ${ORIGIN}.`);
  });
});
