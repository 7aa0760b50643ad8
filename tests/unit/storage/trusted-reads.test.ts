import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRecordStore } from "@/storage/record-store";
import { recordShape } from "@/storage/record-shape";
import { AesGcmCodec } from "@/storage/vault";
import { generateDataKey } from "@/storage/vault/data-key";
import { freshDatabases } from "./fakes";

const dbs = freshDatabases();

/** A schema that counts how often it checks a record. */
function countingSchema() {
  let checks = 0;
  const schema = z.object({ id: z.string(), name: z.string().min(1) }).refine(() => {
    checks++;
    return true;
  });
  return { schema, checks: () => checks };
}

describe("reading records this version saved", () => {
  it("trusts an encrypted record saved with today's schema, and checks it in full for a backup", async () => {
    const db = await dbs.open();
    const { schema, checks } = countingSchema();
    const store = createRecordStore(db, "pupils", schema, new AesGcmCodec(await generateDataKey()));
    await store.putMany([{ id: "a", name: "Ada Example" }, { id: "b", name: "Testy McTestface" }]);
    const written = checks();
    expect((await store.getAll()).records.map((r) => r.name)).toEqual(["Ada Example", "Testy McTestface"]);
    expect(checks()).toBe(written);
    const stored = await db.get("pupils", "a");
    expect((stored!.payload as { v: number; f: string })).toMatchObject({ v: 3, f: recordShape(schema) });
    expect(await store.check(stored)).toMatchObject({ ok: true, value: { name: "Ada Example" } });
    expect(checks()).toBe(written + 1);
  });

  it("checks in full a record saved under another schema, and sets aside one that fails it", async () => {
    const db = await dbs.open();
    const codec = new AesGcmCodec(await generateDataKey());
    const loose = createRecordStore(db, "pupils", z.object({ id: z.string(), name: z.string() }), codec);
    await loose.put({ id: "a", name: "" });
    const strict = createRecordStore(db, "pupils", z.object({ id: z.string(), name: z.string().min(1, "Enter a name") }), codec);
    const read = await strict.getAll();
    expect(read.records).toEqual([]);
    expect(read.quarantined.map((q) => q.reason)).toEqual([expect.stringContaining("Enter a name")]);
  });

  it("cannot be talked into trusting a record by changing its fingerprint on disk", async () => {
    const db = await dbs.open();
    const codec = new AesGcmCodec(await generateDataKey());
    const loose = createRecordStore(db, "pupils", z.object({ id: z.string(), name: z.string() }), codec);
    await loose.put({ id: "a", name: "" });
    const schema = z.object({ id: z.string(), name: z.string().min(1) });
    const stored = await db.get("pupils", "a");
    await db.put("pupils", { ...stored!, payload: { ...(stored!.payload as object), f: recordShape(schema) } });
    const read = await createRecordStore(db, "pupils", schema, codec).getAll();
    expect(read.records).toEqual([]);
    expect(read.quarantined[0]!.reason).toMatch(/integrity check/);
  });

  it("gives a schema the same fingerprint each time, and a changed schema another", () => {
    const a = z.object({ id: z.string(), name: z.string() });
    expect(recordShape(a)).toBe(recordShape(z.object({ id: z.string(), name: z.string() })));
    expect(recordShape(a)).not.toBe(recordShape(z.object({ id: z.string(), name: z.string(), age: z.number() })));
  });
});
