import { deriveBytes } from "../vault/kdf";
import type { Bytes } from "../vault/bytes";

export interface BackupKey {
  key: CryptoKey;
  /** Stored in the header; a passphrase that derives a different check is the wrong one. */
  check: Bytes;
}

/** One PBKDF2-SHA256 derivation gives both the AES-GCM key (first 32 bytes) and the check (last 32). */
export async function deriveBackupKey(passphrase: string, salt: Bytes, iterations: number): Promise<BackupKey> {
  const bits = await deriveBytes(passphrase, salt, iterations, 64);
  const key = await crypto.subtle.importKey("raw", bits.slice(0, 32), "AES-GCM", false, ["encrypt", "decrypt"]);
  return { key, check: bits.slice(32) };
}

export async function sha256(bytes: BufferSource): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}
