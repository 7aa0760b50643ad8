import type { RecordCodec } from "../codec";
import { isArrayBuffer, isBytes, utf8, type Bytes } from "./bytes";
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES } from "./data-key";

/** How an encrypted record's payload sits in IndexedDB: both binary fields structured-clone as they are. */
export interface AesGcmPayload {
  v: 1;
  /** 12 random bytes, fresh for every write. */
  iv: Bytes;
  /** AES-GCM ciphertext of the record's JSON, with the 16-byte tag at its end. */
  ct: ArrayBuffer;
}

export function isAesGcmPayload(payload: unknown): payload is AesGcmPayload {
  if (typeof payload !== "object" || payload === null) return false;
  const p = payload as Partial<Record<keyof AesGcmPayload, unknown>>;
  return p.v === 1 && isBytes(p.iv) && p.iv.length === IV_BYTES && isArrayBuffer(p.ct);
}

/**
 * Encrypts every record with AES-GCM under the data key: JSON in, `{ v, iv, ct }` out.
 * `decode` rejects a payload that was changed after it was written (the GCM tag fails) or
 * written under another key; record stores quarantine such a record and load the rest.
 */
export class AesGcmCodec implements RecordCodec {
  constructor(private readonly dataKey: CryptoKey) {}

  async encode(value: unknown): Promise<AesGcmPayload> {
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error("there is nothing to encrypt");
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    return { v: 1, iv, ct: await aesGcmEncrypt(this.dataKey, iv, utf8.encode(json)) };
  }

  async decode(payload: unknown): Promise<unknown> {
    if (!isAesGcmPayload(payload)) throw new Error("it is not an encrypted record");
    let plain: ArrayBuffer;
    try {
      plain = await aesGcmDecrypt(this.dataKey, payload.iv, payload.ct);
    } catch {
      throw new Error("it failed its integrity check: it was changed after it was saved, or saved with another key");
    }
    return JSON.parse(utf8.decode(plain));
  }
}
