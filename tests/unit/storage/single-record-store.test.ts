import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSettingsStore } from "@/storage/settings-store";
import { plainCodec } from "@/storage/codec";
import { createSingleRecordStore } from "@/storage/single-record-store";
import { createReversingCodec, freshDatabases } from "./fakes";

const dbs = freshDatabases();
const Journal = z.object({ fileName: z.string(), count: z.number() });

describe("a single record beside the setting", () => {
  it("saves, reads and clears one record through the codec, leaving the setting alone", async () => {
    const db = await dbs.open();
    const { codec, calls } = createReversingCodec();
    const journal = createSingleRecordStore(db, codec, Journal, "import-journal");
    const settings = createSettingsStore(db, plainCodec);
    await settings.save({ name: "Nowhere Test Primary", phases: ["school"], frameworkId: "f", lockAfterMinutes: 15, createdAt: "2026-01-01T00:00:00.000Z", demo: false, misSites: [] });
    expect(await journal.get()).toBeUndefined();
    await journal.put({ fileName: "pupils.csv", count: 3 });
    expect(calls.encode).toBe(1);
    expect(JSON.stringify(await db.get("settings", "import-journal"))).not.toContain("pupils.csv");
    expect(await journal.get()).toEqual({ fileName: "pupils.csv", count: 3 });
    await journal.clear();
    expect(await journal.get()).toBeUndefined();
    expect((await settings.get())?.name).toBe("Nowhere Test Primary");
  });
});
