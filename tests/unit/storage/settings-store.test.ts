import { describe, expect, it } from "vitest";
import { plainCodec } from "@/storage/codec";
import { createSettingsStore, SETTING_ID, type Setting } from "@/storage/settings-store";
import { createReversingCodec, freshDatabases } from "./fakes";

const dbs = freshDatabases();

const setting: Setting = {
  name: "Nowhere Test Primary School",
  phases: ["early-years", "school"],
  frameworkId: "test-framework",
  lockAfterMinutes: 15,
  createdAt: "2000-01-02T03:04:05.000Z",
  demo: true,
  misSites: [],
};

describe("the settings store", () => {
  it("has no setting until one is saved", async () => {
    expect(await createSettingsStore(await dbs.open(), plainCodec).get()).toBeUndefined();
  });

  it("saves the setting through the codec and reads it back", async () => {
    const db = await dbs.open();
    const { codec, calls } = createReversingCodec();
    const settings = createSettingsStore(db, codec);
    await settings.save({ ...setting, name: "  Nowhere Test Primary School  " });
    expect(await settings.get()).toEqual(setting);
    expect(calls).toEqual({ encode: 1, decode: 1 });
    expect(await db.getAllKeys("settings")).toEqual([SETTING_ID]);
  });

  it("reads a setting saved before `demo` existed as not a demo", async () => {
    const db = await dbs.open();
    const { demo: _demo, ...older } = setting;
    await db.put("settings", { id: SETTING_ID, payload: { ...older, id: SETTING_ID } });
    expect(await createSettingsStore(db, plainCodec).get()).toEqual({ ...setting, demo: false });
  });

  it("reads a setting saved before MIS sites existed with none, and keeps the setting when its site list is damaged", async () => {
    const db = await dbs.open();
    const { misSites: _sites, ...older } = setting;
    await db.put("settings", { id: SETTING_ID, payload: { ...older, id: SETTING_ID } });
    expect(await createSettingsStore(db, plainCodec).get()).toEqual({ ...setting, misSites: [] });
    await db.put("settings", { id: SETTING_ID, payload: { ...older, id: SETTING_ID, misSites: [{ name: "No origin" }] } });
    expect(await createSettingsStore(db, plainCodec).get()).toEqual({ ...setting, misSites: [] });
  });

  it("keeps MIS sites with their page reading rules", async () => {
    const settings = createSettingsStore(await dbs.open(), plainCodec);
    const site = {
      id: "site-1",
      name: "Pretend MIS",
      origin: "https://mis.example.test",
      rules: { upn: { selector: "#upn" }, dateOfBirth: { pattern: "Born (\\S+)" } },
      addedAt: "2000-01-02T03:04:05.000Z",
    };
    await settings.save({ ...setting, misSites: [site] });
    expect((await settings.get())?.misSites).toEqual([site]);
  });

  it("refuses a setting with a name over 120 characters or no phases, naming the fields", async () => {
    const settings = createSettingsStore(await dbs.open(), plainCodec);
    const save = settings.save({ ...setting, name: "x".repeat(121), phases: [] });
    await expect(save).rejects.toThrow('field "name": Setting name must be 120 characters or fewer');
    await expect(save).rejects.toThrow('field "phases": Select at least one phase');
  });
});
