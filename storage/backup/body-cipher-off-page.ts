import type { SendDb } from "../db";
import type { Pause } from "../pause";
import type { BackupWorker } from "./backup-worker";
import { readBody, sealBody, type OpenJob, type Read } from "./body-cipher";
import { joinPosted, type BodyPart } from "./body-parts";
import { bodyJsonPieces } from "./slices";
import { takeSnapshot } from "./snapshot";

/** What sealing a backup's body needs besides the records: the key, the IV and the header as additional data. */
export interface BackUpJob {
  key: CryptoKey;
  iv: Uint8Array<ArrayBuffer>;
  aad: Uint8Array<ArrayBuffer>;
}

/**
 * The body of a backup of everything in `db`, as a Blob of base64 text. The backup worker reads the database
 * itself (one read-only transaction, as on the page), turns the records into JSON, hashes, encrypts and encodes
 * them: the page does none of it. Where there is no worker, or it does not load, the page does the same in slices.
 */
export async function backUpOffPage(db: SendDb, job: BackUpJob, pause: Pause, worker: BackupWorker): Promise<Blob> {
  const failed = (why: string) => new Error(`The backup could not be made: ${why}.`);
  const answer = await worker.ask({ type: "back-up", dbName: db.name, dbVersion: db.version, ...job }).catch((error: unknown) => {
    throw failed(messageOf(error));
  });
  if (!answer) return sealBody({ ...job, contents: await bodyJsonPieces(await takeSnapshot(db), pause) }, pause);
  if (answer.type === "sealed") return answer.body;
  throw failed(answer.type === "failed" ? answer.message : "the backup worker answered unexpectedly");
}

/**
 * Opens and parses a backup's body in the backup worker, or on the page where there is none; `job.base64`'s
 * buffer is handed over. The worker sends the records a few hundred at a time, so the page only ever decodes
 * one such message per task, and none of the parsing's garbage lands on the page's heap.
 */
export async function readOffPage(job: OpenJob, pause: Pause, worker: BackupWorker): Promise<Read> {
  const parts: BodyPart[] = [];
  const failed = (why: string) => new Error(`The backup could not be read: ${why}.`);
  const answer = await worker.ask({ type: "open", ...job }, [job.base64.buffer], (part) => parts.push(part)).catch((error: unknown) => {
    throw failed(messageOf(error));
  });
  if (!answer) return readBody(job, pause);
  if (answer.type === "read") return { ok: true, body: joinPosted(answer.body, parts) };
  if (answer.type === "refused") return { ok: false, reason: answer.reason };
  throw failed(answer.type === "failed" ? answer.message : "the backup worker answered unexpectedly");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
