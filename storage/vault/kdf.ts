import type { Bytes } from "./bytes";

/** PBKDF2-SHA256 rounds for new and changed passphrases (OWASP 2023 advice). Stored per vault, so it can rise. */
export const PBKDF2_ITERATIONS = 600_000;

/** Bytes of random salt for every key derivation. */
export const SALT_BYTES = 16;

/** A passphrase and a recovery key become key material the same way: NFC text as UTF-8, or raw bytes. */
export type Secret = string | Bytes;

async function importSecret(secret: Secret): Promise<CryptoKey> {
  const bytes = typeof secret === "string" ? new TextEncoder().encode(secret.normalize("NFC")) : secret;
  return crypto.subtle.importKey("raw", bytes, "PBKDF2", false, ["deriveKey", "deriveBits"]);
}

/** An AES-KW key-encryption key; it can only wrap and unwrap, and never leaves WebCrypto. */
export async function deriveWrappingKey(secret: Secret, salt: Bytes, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    await importSecret(secret),
    { name: "AES-KW", length: 256 },
    false,
    ["wrapKey", "unwrapKey"],
  );
}

/** Raw PBKDF2-SHA256 output, for keys that need a check value derived beside them (backups). */
export async function deriveBytes(secret: Secret, salt: Bytes, iterations: number, length: number): Promise<Bytes> {
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    await importSecret(secret),
    length * 8,
  );
  return new Uint8Array(bits);
}
