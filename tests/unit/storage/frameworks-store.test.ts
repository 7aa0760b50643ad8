import { describe, expect, it } from "vitest";
import { createStorage } from "@/storage/create-storage";
import { createFrameworksStore } from "@/storage/frameworks-store";
import { tinyFramework } from "@/tests/fixtures/tiny-framework";
import { createReversingCodec, fakeSchemas, freshDatabases } from "./fakes";

const dbs = freshDatabases();

describe("the frameworks store", () => {
  it("puts, gets and lists frameworks", async () => {
    const frameworks = createFrameworksStore(await dbs.open());
    const second = { ...tinyFramework(), id: "test-la-framework-2" };
    await frameworks.put(tinyFramework());
    await frameworks.put(second);
    expect(await frameworks.get("test-la-framework")).toEqual(tinyFramework());
    expect(await frameworks.list()).toEqual({ records: [tinyFramework(), second], quarantined: [] });
  });

  it("keeps frameworks in plain JSON even when personal records are encoded", async () => {
    const db = await dbs.open();
    const { codec, calls } = createReversingCodec();
    await createStorage(db, codec, fakeSchemas).frameworks.put(tinyFramework());
    expect(calls.encode).toBe(0);
    expect((await db.get("frameworks", "test-la-framework"))?.payload).toEqual(tinyFramework());
  });

  it("refuses a framework that breaks the schema, naming the path", async () => {
    const frameworks = createFrameworksStore(await dbs.open());
    const broken = tinyFramework();
    broken.statements[0]!.level = "t9";
    await expect(frameworks.put(broken)).rejects.toThrow('field "statements[0].level": level "t9" is not one of');
  });

  it("lists a stored framework from an older schema version as quarantined", async () => {
    const db = await dbs.open();
    await db.put("frameworks", { id: "old-framework", payload: { ...tinyFramework(), id: "old-framework", schemaVersion: 0 } });
    const frameworks = createFrameworksStore(db);
    await frameworks.put(tinyFramework());
    const { records, quarantined } = await frameworks.list();
    expect(records.map((f) => f.id)).toEqual(["test-la-framework"]);
    expect(quarantined).toMatchObject([{ store: "frameworks", id: "old-framework", reason: /field "schemaVersion"/ }]);
  });
});
