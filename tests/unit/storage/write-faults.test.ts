import { afterEach, describe, expect, it, vi } from "vitest";
import { createBackup, readBackup, restoreBackup } from "@/storage/backup";
import { createStorage } from "@/storage/create-storage";
import { AesGcmCodec, createVault } from "@/storage/vault";
import { dump, fast, schemas, writeSchool } from "./backup/school";
import { freshDatabases } from "./fakes";
import { generateDemoSchool } from "@/demo-school/generate";

const dbs = freshDatabases();
afterEach(() => vi.restoreAllMocks());

/** From the `after`-th put on, IndexedDB refuses the write as if the disk were full. */
function fillDiskAfter(after: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls > after) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return put.apply(this, args);
  });
}

/** After `after` puts, the transaction is aborted from outside, as when the page closes mid-import. */
function abortAfter(after: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = put.apply(this, args);
    if (++calls === after) this.transaction.abort();
    return request;
  });
}

const school = () => generateDemoSchool({ pupils: 300, seed: 3, today: "2026-03-03" });

describe("a write that fails part-way leaves nothing half written", () => {
  it("putMany of encrypted pupils when the disk fills", async () => {
    const db = await dbs.open();
    const { dataKey } = await createVault(db, "otter lantern meadow", fast);
    const { pupils } = createStorage(db, new AesGcmCodec(dataKey), schemas);
    fillDiskAfter(150);
    await expect(pupils.putMany(school().pupils)).rejects.toMatchObject({ name: "QuotaExceededError" });
    vi.restoreAllMocks();
    expect(await db.count("pupils")).toBe(0);
  });

  it("putMany of encrypted pupils when the transaction is aborted mid-import", async () => {
    const db = await dbs.open();
    const { dataKey } = await createVault(db, "otter lantern meadow", fast);
    const { pupils } = createStorage(db, new AesGcmCodec(dataKey), schemas);
    abortAfter(150);
    await expect(pupils.putMany(school().pupils)).rejects.toMatchObject({ name: "AbortError" });
    vi.restoreAllMocks();
    expect(await db.count("pupils")).toBe(0);
  });

  it.each([
    ["the disk fills", () => fillDiskAfter(200), "QuotaExceededError"],
    ["the transaction is aborted", () => abortAfter(200), "AbortError"],
  ])("a restore across every store when %s", async (_when, fail, expectedError) => {
    const source = await dbs.open();
    const { dataKey } = await createVault(source, "otter lantern meadow", fast);
    await writeSchool(source, new AesGcmCodec(dataKey), 300);
    const contents = await readBackup(await createBackup(source, "biscuit harbour pylon", fast), "biscuit harbour pylon");

    const target = await dbs.open();
    const before = await dump(target);
    fail();
    await expect(restoreBackup(target, contents, "into-empty")).rejects.toMatchObject({ name: expectedError });
    vi.restoreAllMocks();
    expect(await dump(target)).toBe(before);
    expect(await target.count("pupils")).toBe(0);
  });
});
