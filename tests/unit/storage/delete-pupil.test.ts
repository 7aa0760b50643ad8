import { describe, expect, it } from "vitest";
import { createStorage, plainCodec } from "@/storage";
import { fakeSchemas, freshDatabases, pupilA, pupilB } from "./fakes";

const dbs = freshDatabases();

describe("deleting a pupil", () => {
  it("deletes the pupil and every cycle of theirs together, and nobody else's", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, plainCodec, fakeSchemas);
    await storage.pupils.putMany([pupilA, pupilB]);
    await storage.cycles.putMany([
      { id: "c1", pupilId: pupilA.id, reviewOn: "2026-01-10" },
      { id: "c2", pupilId: pupilA.id, reviewOn: "2026-03-10" },
      { id: "c3", pupilId: pupilB.id, reviewOn: "2026-02-10" },
    ]);
    expect(await storage.deletePupilAndCycles(pupilA.id)).toBe(2);
    expect((await storage.pupils.getAll()).records.map((p) => p.id)).toEqual([pupilB.id]);
    expect((await storage.cycles.getAll()).records.map((c) => c.id)).toEqual(["c3"]);
  });
});
