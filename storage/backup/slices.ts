import type { BackupBody } from "./backup-format";
import { toJsonSafe } from "./binary-json";
import type { Pause } from "../pause";
import { toBase64, utf8, type Bytes } from "../vault/bytes";

const RECORDS_PER_SLICE = 200;

/**
 * `[reserve zero bytes] ‖ UTF-8 of JSON.stringify(toJsonSafe(body))`, built a slice of records at a time with
 * pauses between, so a large backup never holds the page for long. The text is the same as the one-go
 * JSON.stringify would give.
 */
export async function bodyJsonBytes(body: BackupBody, reserve: number, pause: Pause): Promise<Bytes> {
  const pieces: Uint8Array[] = [new Uint8Array(reserve)];
  const add = (text: string) => pieces.push(utf8.encode(text));
  add(`{"vault":${JSON.stringify(toJsonSafe(body.vault))},"stores":{`);
  let first = true;
  for (const [name, records] of Object.entries(body.stores) as [string, readonly unknown[]][]) {
    add(`${first ? "" : ","}${JSON.stringify(name)}:[`);
    first = false;
    for (let at = 0; at < records.length; at += RECORDS_PER_SLICE) {
      const slice = JSON.stringify(toJsonSafe(records.slice(at, at + RECORDS_PER_SLICE)));
      add(`${at === 0 ? "" : ","}${slice.slice(1, -1)}`);
      await pause();
    }
    add("]");
  }
  add("}}");
  return joinBytes(pieces, pause);
}

/** Base64 of the bytes, a few megabytes at a time (a multiple of 3 bytes, so the pieces join exactly). */
export async function base64InSlices(bytes: Uint8Array, pause: Pause): Promise<string[]> {
  const SLICE = 3 * 1024 * 1024;
  const out: string[] = [];
  for (let at = 0; at < bytes.length; at += SLICE) {
    out.push(toBase64(bytes.subarray(at, at + SLICE)));
    await pause();
  }
  return out;
}

/** The pieces in one array, copied a piece at a time. */
export async function joinBytes(pieces: readonly Uint8Array[], pause: Pause): Promise<Bytes> {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
    await pause();
  }
  return out;
}
