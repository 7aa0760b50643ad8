import type { SendDb } from "../db";
import { randomBytes, toBase64, utf8 } from "../vault/bytes";
import { aesGcmEncrypt, IV_BYTES } from "../vault/data-key";
import { PBKDF2_ITERATIONS, SALT_BYTES } from "../vault/kdf";
import { MIN_PASSPHRASE_LENGTH } from "../vault/passphrase-strength";
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, headerBytes, type BackupFile, type BackupHeader } from "./backup-format";
import { BackupError } from "./backup-errors";
import { deriveBackupKey, sha256 } from "./backup-key";
import { pauseEvery } from "../pause";
import { base64InSlices, bodyJsonBytes, joinBytes } from "./slices";
import { takeSnapshot } from "./snapshot";

export interface BackupOptions {
  /** PBKDF2 rounds; production uses the default, tests a small number for speed. */
  iterations?: number;
  now?: () => Date;
}

/**
 * Makes the backup file of everything: every store's envelopes exactly as stored (personal records stay
 * encrypted under the data key) and the key vault, encrypted again under a key from the backup passphrase.
 * Returns the file's bytes (UTF-8 JSON); the caller saves them, e.g. as a Blob download. The file is built in
 * slices with pauses between (see slices.ts), so even a large school's backup never freezes the page.
 */
export async function createBackup(db: SendDb, passphrase: string, options: BackupOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new BackupError("passphrase-too-short", `Use a backup passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  const pause = pauseEvery();
  // The SHA-256 of the contents goes in the first 32 bytes, reserved here to save copying it all again.
  const plain = await bodyJsonBytes(await takeSnapshot(db), 32, pause);
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const { key, check } = await deriveBackupKey(passphrase, salt, iterations);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appSchemaVersion: APP_SCHEMA_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    kdf: { name: "PBKDF2-SHA256", iterations, salt: toBase64(salt) },
    cipher: { name: "AES-GCM-256", iv: toBase64(iv) },
    passphraseCheck: toBase64(check),
  };
  plain.set(await sha256(plain.subarray(32)), 0);
  const body = await base64InSlices(new Uint8Array(await aesGcmEncrypt(key, iv, plain, headerBytes(header))), pause);
  // The same text as JSON.stringify({ ...header, body }): base64 needs no escaping, so the body goes in as it is.
  const file: BackupFile = { ...header, body: "" };
  const open = JSON.stringify(file).slice(0, -2);
  const pieces = [utf8.encode(open)];
  for (const part of body) {
    pieces.push(utf8.encode(part));
    await pause();
  }
  pieces.push(utf8.encode('"}'));
  return joinBytes(pieces, pause);
}
