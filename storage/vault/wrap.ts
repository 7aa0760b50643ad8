import { randomBytes, type Bytes } from "./bytes";
import { deriveWrappingKey, SALT_BYTES, type Secret } from "./kdf";
import type { WrappedKey } from "./key-vault";

/** Wraps the data key under a key derived from `secret` with a fresh salt. */
export async function wrapDataKey(dataKey: CryptoKey, secret: Secret, iterations: number): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveWrappingKey(secret, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey("raw", dataKey, kek, "AES-KW"));
  return { salt, iterations, wrapped };
}

/**
 * Unwraps the data key, or resolves undefined when `secret` is not the one it was wrapped with
 * (AES-KW checks its own integrity, so a wrong key fails rather than giving a wrong data key).
 */
export async function unwrapDataKey(entry: WrappedKey, secret: Secret): Promise<CryptoKey | undefined> {
  const kek = await deriveWrappingKey(secret, entry.salt, entry.iterations);
  try {
    return await crypto.subtle.unwrapKey("raw", entry.wrapped as Bytes, kek, "AES-KW", "AES-GCM", true, [
      "encrypt",
      "decrypt",
    ]);
  } catch {
    return undefined;
  }
}
