import { describe, expect, it } from "vitest";
import { AesGcmCodec, isAesGcmPayload } from "@/storage/vault";
import { generateDataKey } from "@/storage/vault/data-key";
import { createRecordStore } from "@/storage/record-store";
import { FakePupil, freshDatabases, pupilA, pupilB } from "../fakes";

const dbs = freshDatabases();
const HERE = { store: "pupils", id: "a", rev: 1 };

describe("the AES-GCM codec", () => {
  it("round-trips a record and stores no readable text", async () => {
    const codec = new AesGcmCodec(await generateDataKey());
    const payload = await codec.encode(pupilA, HERE);
    expect(isAesGcmPayload(payload)).toBe(true);
    expect(new TextDecoder().decode(payload.ct)).not.toContain(pupilA.name);
    expect(await codec.decode(payload, HERE)).toEqual(pupilA);
  });

  it("uses a fresh 12-byte IV for every write", async () => {
    const codec = new AesGcmCodec(await generateDataKey());
    const [a, b] = [await codec.encode(pupilA, HERE), await codec.encode(pupilA, HERE)];
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(new Uint8Array(a.ct)).not.toEqual(new Uint8Array(b.ct));
  });

  it("rejects a payload whose ciphertext was changed (the GCM tag fails)", async () => {
    const codec = new AesGcmCodec(await generateDataKey());
    const payload = await codec.encode(pupilA, HERE);
    const ct = new Uint8Array(payload.ct.slice(0));
    ct[3] = (ct[3] ?? 0) ^ 1;
    await expect(codec.decode({ ...payload, ct: ct.buffer }, HERE)).rejects.toThrow(/failed its integrity check/);
  });

  it("rejects a payload written with another key, or that is not encrypted", async () => {
    const payload = await new AesGcmCodec(await generateDataKey()).encode(pupilA, HERE);
    const other = new AesGcmCodec(await generateDataKey());
    await expect(other.decode(payload, HERE)).rejects.toThrow(/failed its integrity check/);
    await expect(other.decode(pupilA, HERE)).rejects.toThrow("it is not an encrypted record");
  });

  it("survives IndexedDB's structured clone and quarantines a tampered record while the rest load", async () => {
    const db = await dbs.open();
    const codec = new AesGcmCodec(await generateDataKey());
    const pupils = createRecordStore(db, "pupils", FakePupil, codec);
    await pupils.putMany([pupilA, pupilB]);
    const stored = await db.get("pupils", pupilB.id);
    const payload = stored?.payload as { v: 1; iv: Uint8Array; ct: ArrayBuffer };
    const ct = new Uint8Array(payload.ct.slice(0));
    ct[ct.length - 1] = (ct[ct.length - 1] ?? 0) ^ 0x80;
    await db.put("pupils", { id: pupilB.id, payload: { ...payload, ct: ct.buffer } });

    const { records, quarantined } = await pupils.getAll();
    expect(records).toEqual([pupilA]);
    expect(quarantined).toEqual([
      { store: "pupils", id: pupilB.id, reason: expect.stringMatching(/could not be decoded \(it failed its integrity check/) },
    ]);
  });
});
