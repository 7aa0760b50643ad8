import type { RecordCodec, RecordPlace } from "../codec";
import { isArrayBuffer, isBytes, utf8, type Bytes } from "./bytes";
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES } from "./data-key";

/** How an encrypted record's payload sits in IndexedDB: both binary fields structured-clone as they are. */
export interface AesGcmPayload {
  /** 1: written before records were bound to their place (no additional data); 2: bound to store, id and revision. */
  v: 1 | 2;
  /** 12 random bytes, fresh for every write. */
  iv: Bytes;
  /** AES-GCM ciphertext of the record's JSON, with the 16-byte tag at its end. */
  ct: ArrayBuffer;
}

export function isAesGcmPayload(payload: unknown): payload is AesGcmPayload {
  if (typeof payload !== "object" || payload === null) return false;
  const p = payload as Partial<Record<keyof AesGcmPayload, unknown>>;
  return (p.v === 1 || p.v === 2) && isBytes(p.iv) && p.iv.length === IV_BYTES && isArrayBuffer(p.ct);
}

/** The additional data of a version 2 payload: the record's place, in a fixed order. */
export function placeBytes(where: RecordPlace): Bytes {
  return utf8.encode(JSON.stringify(["send-companion-record", where.store, where.id, where.rev]));
}

/**
 * Encrypts every record with AES-GCM under the data key: JSON in, `{ v, iv, ct }` out, with the record's
 * store, id and revision as additional data. `decode` rejects a payload that was changed after it was
 * written (the GCM tag fails), written under another key, or written for another place: another record,
 * or an earlier revision of this one. Record stores quarantine such a record and load the rest.
 *
 * Version 1 payloads (written before the binding) are read only for records that have no revision yet;
 * every write makes a version 2 payload, so a version 1 payload found under a revision is a rolled-back copy.
 */
export class AesGcmCodec implements RecordCodec {
  constructor(private readonly dataKey: CryptoKey) {}

  async encode(value: unknown, where: RecordPlace): Promise<AesGcmPayload> {
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error("there is nothing to encrypt");
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    return { v: 2, iv, ct: await aesGcmEncrypt(this.dataKey, iv, utf8.encode(json), placeBytes(where)) };
  }

  async decode(payload: unknown, where: RecordPlace): Promise<unknown> {
    if (!isAesGcmPayload(payload)) throw new Error("it is not an encrypted record");
    if (payload.v === 1 && where.rev !== 0) {
      throw new Error("it is an older copy put back in place of a newer one (its revision does not match)");
    }
    let plain: ArrayBuffer;
    try {
      plain = await aesGcmDecrypt(this.dataKey, payload.iv, payload.ct, payload.v === 2 ? placeBytes(where) : undefined);
    } catch {
      throw new Error(
        "it failed its integrity check: it was changed after it was saved, saved with another key, or is an older copy put back in its place",
      );
    }
    return JSON.parse(utf8.decode(plain));
  }
}
