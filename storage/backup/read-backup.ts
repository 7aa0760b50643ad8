import { equalBytes, fromBase64, utf8, type Bytes } from "../vault/bytes";
import {
  APP_SCHEMA_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupBody,
  BackupFile,
  CycleEnvelope,
  Envelope,
  headerBytes,
  type BackupContents,
} from "./backup-format";
import { backupErrors } from "./backup-errors";
import { deriveBackupKey } from "./backup-key";
import { startBackupWorker, type BackupWorker } from "./backup-worker";
import { readOffPage } from "./body-cipher-off-page";
import { pauseEvery, type Pause } from "../pause";

export type BackupSource = Blob | ArrayBuffer | Uint8Array | string;

/**
 * Opens a backup file and checks everything before anything is restored. Rejects with a BackupError:
 * "not-a-backup", "newer-version", "wrong-passphrase" or "damaged" (truncated or changed).
 */
export async function readBackup(source: BackupSource, passphrase: string, options: ReadOptions = {}): Promise<BackupContents> {
  // Started first, so that it loads while the file is read and the key derived.
  const worker = startBackupWorker(options.makeWorker);
  try {
    return await read(source, passphrase, worker);
  } finally {
    worker.end();
  }
}

export interface ReadOptions {
  /** Makes the backup worker (tests pass a stand-in); by default the bundled one, where there are workers. */
  makeWorker?: () => Worker | undefined;
}

async function read(source: BackupSource, passphrase: string, worker: BackupWorker): Promise<BackupContents> {
  const pause = pauseEvery();
  const bytes = await bytesOf(source);
  // The body (nearly all of the file) is read apart from the header, in slices, when the file is laid out
  // as createBackup writes it; any other layout of valid JSON is read in one go.
  const split = splitBody(bytes);
  const file = parseFile(textOf(split ? split.header : bytes));
  const key = await deriveBackupKey(passphrase, decoded(file.kdf.salt), file.kdf.iterations);
  if (!equalBytes(key.check, decoded(file.passphraseCheck))) throw backupErrors.wrongPassphrase();
  // Decoded, decrypted, checked against its digest and parsed in the backup worker (the file's bytes are handed over).
  const base64 = split ? split.body : utf8.encode(file.body);
  const opened = await readOffPage({ key: key.key, iv: decoded(file.cipher.iv), aad: headerBytes(file), base64 }, pause, worker);
  if (!opened.ok) throw backupErrors.damaged(new Error(opened.reason));
  const parsed = await checkBody(opened.body, pause);
  if (!parsed.success) throw backupErrors.damaged(parsed.error);
  return { ...parsed.data, createdAt: file.createdAt, appSchemaVersion: file.appSchemaVersion };
}

async function bytesOf(source: BackupSource): Promise<Bytes> {
  if (typeof source === "string") return utf8.encode(source);
  // A copy of a caller's buffer, since the body's bytes are handed over to the backup worker.
  return source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : new Uint8Array(source instanceof ArrayBuffer ? source.slice(0) : source);
}

function textOf(bytes: Bytes): string {
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

const QUOTE = 0x22;
const BODY_KEY = utf8.encode(',"body":');

/**
 * For a file laid out as createBackup writes it (`{…header…,"body":"<base64>"}`): the header as JSON text
 * with an empty body, and the body's base64 bytes. Undefined for any other layout.
 */
function splitBody(bytes: Bytes): { header: Bytes; body: Bytes } | undefined {
  const end = bytes.length - 2;
  if (end < 0 || bytes[end] !== QUOTE || bytes[end + 1] !== 0x7d) return undefined;
  const open = end === 0 ? -1 : bytes.lastIndexOf(QUOTE, end - 1);
  const keyAt = open - BODY_KEY.length;
  if (keyAt < 0 || !BODY_KEY.every((b, i) => bytes[keyAt + i] === b)) return undefined;
  const header = new Uint8Array(open + 3);
  header.set(bytes.subarray(0, open + 1));
  header.set([QUOTE, 0x7d], open + 1);
  return { header, body: bytes.subarray(open + 1, end) };
}

const RECORDS_PER_CHECK = 500;

/**
 * BackupBody.safeParse, a slice of records at a time with pauses between: the body with its stores emptied,
 * then each store's records. Gives what BackupBody.safeParse gives; when anything fails, the error is the one
 * BackupBody.safeParse reports for the whole body.
 */
async function checkBody(body: unknown, pause: Pause): Promise<ReturnType<typeof BackupBody.safeParse>> {
  const stores = typeof body === "object" && body !== null ? (body as { stores?: unknown }).stores : undefined;
  if (typeof stores !== "object" || stores === null || Object.values(stores).some((list) => !Array.isArray(list))) {
    return BackupBody.safeParse(body);
  }
  const lists = stores as Record<string, unknown[]>;
  const emptied = Object.fromEntries(Object.keys(lists).map((name) => [name, []]));
  const frame = BackupBody.safeParse({ ...(body as object), stores: emptied });
  if (!frame.success) return frame;
  const checked: Record<string, unknown[]> = {};
  for (const name of Object.keys(frame.data.stores)) {
    const schema = name === "cycles" ? CycleEnvelope : Envelope;
    const list = lists[name] ?? [];
    const out: unknown[] = [];
    for (let at = 0; at < list.length; at += RECORDS_PER_CHECK) {
      for (const record of list.slice(at, at + RECORDS_PER_CHECK)) {
        const one = schema.safeParse(record);
        if (!one.success) return BackupBody.safeParse(body);
        out.push(one.data);
      }
      await pause();
    }
    checked[name] = out;
  }
  return { success: true, data: { ...frame.data, stores: checked as BackupBody["stores"] } };
}
