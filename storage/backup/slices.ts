import type { BackupBody } from "./backup-format";
import { toJsonSafe } from "./binary-json";
import type { Pause } from "../pause";
import { utf8, type Bytes } from "../vault/bytes";

const RECORDS_PER_SLICE = 200;

/**
 * The UTF-8 of JSON.stringify(toJsonSafe(body)), in pieces, built a slice of records at a time with pauses
 * between, so a large backup never holds the page for long. The pieces join to the same text as the one-go
 * JSON.stringify would give; each has its own buffer, so they can be handed to a worker without copying.
 */
export async function bodyJsonPieces(body: BackupBody, pause: Pause): Promise<Bytes[]> {
  const pieces: Bytes[] = [];
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
  return pieces;
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
