import type { SendDb } from "../db";
import { randomBytes, toBase64 } from "../vault/bytes";
import { IV_BYTES } from "../vault/data-key";
import { PBKDF2_ITERATIONS, SALT_BYTES } from "../vault/kdf";
import { MIN_PASSPHRASE_LENGTH } from "../vault/passphrase-strength";
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, headerBytes, type BackupFile, type BackupHeader } from "./backup-format";
import { BackupError } from "./backup-errors";
import { deriveBackupKey } from "./backup-key";
import { pauseEvery } from "../pause";
import { startBackupWorker, type BackupWorker } from "./backup-worker";
import { backUpOffPage } from "./body-cipher-off-page";

export interface BackupOptions {
  /** PBKDF2 rounds; production uses the default, tests a small number for speed. */
  iterations?: number;
  now?: () => Date;
  /** Makes the backup worker (tests pass a stand-in); by default the bundled one, where there are workers. */
  makeWorker?: () => Worker | undefined;
}

/**
 * Makes the backup file of everything: every store's envelopes exactly as stored (personal records stay
 * encrypted under the data key) and the key vault, encrypted again under a key from the backup passphrase.
 * Returns the file (UTF-8 JSON) as a Blob, ready to save as a download. The backup worker reads the records,
 * turns them into JSON, hashes, encrypts and base64-encodes them (see body-cipher-off-page.ts), and the file is
 * a Blob of header and body, never one large copy: even a large school's backup never freezes the page. Where
 * there is no worker the page does the same in slices with pauses between (see slices.ts).
 */
export async function createBackup(db: SendDb, passphrase: string, options: BackupOptions = {}): Promise<Blob> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new BackupError("passphrase-too-short", `Use a backup passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  // Started first, so that it loads while the key is derived (WebCrypto does PBKDF2 off the page).
  const worker = startBackupWorker(options.makeWorker);
  try {
    return await backUp(db, passphrase, options, worker);
  } finally {
    worker.end();
  }
}

async function backUp(db: SendDb, passphrase: string, options: BackupOptions, worker: BackupWorker): Promise<Blob> {
  const pause = pauseEvery();
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
  const body = await backUpOffPage(db, { key, iv, aad: headerBytes(header) }, pause, worker);
  // The same text as JSON.stringify({ ...header, body }): base64 needs no escaping, so the body goes in as it is.
  const file: BackupFile = { ...header, body: "" };
  return new Blob([JSON.stringify(file).slice(0, -2), body, '"}'], { type: "application/json" });
}
