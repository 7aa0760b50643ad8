import { utf8, type Bytes } from "./bytes";

export const IV_BYTES = 12;

const KEY_CHECK_TEXT = "SEND Companion key check v1";

/**
 * A fresh random AES-GCM 256 key for records. Extractable only so that it can be wrapped
 * (WebCrypto wraps a key by exporting it); nothing else in the code exports it.
 */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
}

export async function aesGcmEncrypt(key: CryptoKey, iv: Bytes, plain: BufferSource, aad?: Bytes): Promise<ArrayBuffer> {
  return crypto.subtle.encrypt({ name: "AES-GCM", iv, ...(aad ? { additionalData: aad } : {}) }, key, plain);
}

export async function aesGcmDecrypt(key: CryptoKey, iv: Bytes, ct: BufferSource, aad?: Bytes): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: "AES-GCM", iv, ...(aad ? { additionalData: aad } : {}) }, key, ct);
}

export interface KeyCheck {
  iv: Bytes;
  ct: Bytes;
}

/** A known text encrypted with the data key: proves a key is this vault's key without decrypting a record. */
export async function makeKeyCheck(dataKey: CryptoKey): Promise<KeyCheck> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  return { iv, ct: new Uint8Array(await aesGcmEncrypt(dataKey, iv, utf8.encode(KEY_CHECK_TEXT))) };
}

export async function passesKeyCheck(dataKey: CryptoKey, check: KeyCheck): Promise<boolean> {
  try {
    return utf8.decode(await aesGcmDecrypt(dataKey, check.iv, check.ct)) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}
