import { describe, expect, it } from "vitest";
import { sha256 } from "@/storage/backup/backup-key";
import { base64Blob, bytesFromBase64, openBody, readBody, sealBody } from "@/storage/backup/body-cipher";
import { joinPosted, splitForPosting } from "@/storage/backup/body-parts";
import { fromBase64, toBase64, utf8 } from "@/storage/vault/bytes";
import { aesGcmDecrypt } from "@/storage/vault/data-key";

const noPause = async () => {};
const iv = new Uint8Array(12).fill(7);
const aad = utf8.encode('["send-companion-backup",1]');
const key = () => crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]) as Promise<CryptoKey>;
const contents = {
  vault: null,
  stores: {
    pupils: Array.from({ length: 450 }, (_, i) => ({ id: `pupil-test-${i}`, payload: { $type: "bytes", base64: "AQID" } })),
    cycles: [{ id: "c1", pupilId: "pupil-test-1", payload: "Testy McTestface" }],
    audits: [],
  },
};
const contentsText = JSON.stringify(contents);
/** What reading gives: the contents with each record's bytes restored. */
const restored = {
  ...contents,
  stores: { ...contents.stores, pupils: contents.stores.pupils.map((p) => ({ ...p, payload: new Uint8Array([1, 2, 3]) })) },
};
/** The contents in three pieces, each with its own buffer (as bodyJsonPieces makes them). */
const pieces = () => [contentsText.slice(0, 10), contentsText.slice(10, 40), contentsText.slice(40)].map((t) => utf8.encode(t));
const base64Bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe("a backup's body", () => {
  it("is the base64 of AES-GCM over the contents' SHA-256 and the contents, with the header as additional data", async () => {
    const k = await key();
    const body = await sealBody({ key: k, iv, aad, contents: pieces() }, noPause);
    const plain = new Uint8Array(await aesGcmDecrypt(k, iv, fromBase64(await body.text()), aad));
    expect([...plain.subarray(0, 32)]).toEqual([...(await sha256(utf8.encode(contentsText)))]);
    expect(utf8.decode(plain.subarray(32))).toBe(contentsText);
  });

  it("opens to the contents it was sealed from", async () => {
    const k = await key();
    const body = await sealBody({ key: k, iv, aad, contents: pieces() }, noPause);
    const opened = await openBody({ key: k, iv, aad, base64: await base64Bytes(body) }, noPause);
    expect(opened.ok && utf8.decode(opened.contents)).toBe(contentsText);
    expect(await readBody({ key: k, iv, aad, base64: await base64Bytes(body) }, noPause)).toEqual({ ok: true, body: restored });
  });

  it("refuses a body that is not base64, was changed, or was sealed with other additional data", async () => {
    const k = await key();
    const base64 = await base64Bytes(await sealBody({ key: k, iv, aad, contents: pieces() }, noPause));
    const changed = base64.slice();
    changed[10] = changed[10] === 0x41 ? 0x42 : 0x41;
    for (const job of [
      { key: k, iv, aad, base64: utf8.encode("not base64 at all!") },
      { key: k, iv, aad, base64: changed },
      { key: k, iv, aad: utf8.encode("another header"), base64 },
    ]) {
      expect((await openBody(job, noPause)).ok).toBe(false);
    }
  });

  it("refuses a body whose digest does not match its contents, though it decrypts", async () => {
    const k = await key();
    const plain = utf8.encode(`${"x".repeat(32)}${contentsText}`);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, k, plain));
    expect(await openBody({ key: k, iv, aad, base64: utf8.encode(toBase64(sealed)) }, noPause)).toEqual({
      ok: false,
      reason: "the contents do not match their digest",
    });
  });

  it("writes and reads base64 in slices that join exactly, pausing between them", async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => (i * 31) % 256);
    let pauses = 0;
    const blob = await base64Blob(bytes, async () => void pauses++);
    expect(await blob.text()).toBe(toBase64(bytes));
    expect(pauses).toBe(5);
    const back = await bytesFromBase64(await base64Bytes(blob), noPause);
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  });
});

describe("a read body sent from the worker in parts", () => {
  it("joins back to the contents, in order, and contents of any other shape go whole", () => {
    const { frame, parts } = splitForPosting(restored);
    expect(frame).toEqual({ vault: null, stores: { pupils: [], cycles: [], audits: [] } });
    expect(parts.map((p) => [p.store, p.records.length])).toEqual([["pupils", 200], ["pupils", 200], ["pupils", 50], ["cycles", 1]]);
    expect(joinPosted(frame, parts)).toEqual(restored);
    for (const other of [[1, 2], "text", null, { stores: { pupils: "not a list" } }, { vault: null }]) {
      expect(splitForPosting(other)).toEqual({ frame: other, parts: [] });
      expect(joinPosted(other, [])).toEqual(other);
    }
  });

  it("refuses records for a store the contents do not have", () => {
    expect(() => joinPosted({ stores: { pupils: [] } }, [{ store: "toString", records: [1] }])).toThrow(/a store the contents do not have/);
  });
});
