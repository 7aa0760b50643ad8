import { equalBytes, fromBase64, utf8, type Bytes } from "../vault/bytes";
import { aesGcmDecrypt } from "../vault/data-key";
import {
  APP_SCHEMA_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupBody,
  BackupFile,
  headerBytes,
  type BackupContents,
} from "./backup-format";
import { backupErrors } from "./backup-errors";
import { deriveBackupKey, sha256 } from "./backup-key";
import { fromJsonSafe } from "./binary-json";

export type BackupSource = Blob | ArrayBuffer | Uint8Array | string;

/**
 * Opens a backup file and checks everything before anything is restored. Rejects with a BackupError:
 * "not-a-backup", "newer-version", "wrong-passphrase" or "damaged" (truncated or changed).
 */
export async function readBackup(source: BackupSource, passphrase: string): Promise<BackupContents> {
  const file = parseFile(await textOf(source));
  const key = await deriveBackupKey(passphrase, decoded(file.kdf.salt), file.kdf.iterations);
  if (!equalBytes(key.check, decoded(file.passphraseCheck))) throw backupErrors.wrongPassphrase();

  let plain: Bytes;
  try {
    plain = new Uint8Array(await aesGcmDecrypt(key.key, decoded(file.cipher.iv), decoded(file.body), headerBytes(file)));
  } catch (error) {
    throw backupErrors.damaged(error);
  }
  const digest = plain.subarray(0, 32);
  const contents = plain.subarray(32);
  if (!equalBytes(digest, await sha256(contents))) throw backupErrors.damaged();

  let body: unknown;
  try {
    body = fromJsonSafe(JSON.parse(utf8.decode(contents)));
  } catch (error) {
    throw backupErrors.damaged(error);
  }
  const parsed = BackupBody.safeParse(body);
  if (!parsed.success) throw backupErrors.damaged(parsed.error);
  return { ...parsed.data, createdAt: file.createdAt, appSchemaVersion: file.appSchemaVersion };
}

async function textOf(source: BackupSource): Promise<string> {
  if (typeof source === "string") return source;
  const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : new Uint8Array(source);
  try {
    return utf8.decode(bytes);
  } catch {
    throw looksLikeOurs(new TextDecoder().decode(bytes.subarray(0, 200))) ? backupErrors.damaged() : backupErrors.notABackup();
  }
}

/** Tells a file that is not ours from one of ours that is cut short or changed, then checks the version. */
function parseFile(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw looksLikeOurs(text.slice(0, 200)) ? backupErrors.damaged(error) : backupErrors.notABackup();
  }
  if (typeof json !== "object" || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw backupErrors.notABackup();
  }
  const { formatVersion, appSchemaVersion } = json as { formatVersion?: unknown; appSchemaVersion?: unknown };
  if (isAbove(formatVersion, BACKUP_FORMAT_VERSION) || isAbove(appSchemaVersion, APP_SCHEMA_VERSION)) {
    throw backupErrors.newerVersion();
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) throw backupErrors.damaged(parsed.error);
  return parsed.data;
}

function looksLikeOurs(start: string): boolean {
  return start.includes(`"${BACKUP_FORMAT}"`);
}

function isAbove(value: unknown, supported: number): boolean {
  return typeof value === "number" && value > supported;
}

function decoded(base64: string): Bytes {
  try {
    return fromBase64(base64);
  } catch (error) {
    throw backupErrors.damaged(error);
  }
}
