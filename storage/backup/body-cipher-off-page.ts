import type { Pause } from "../pause";
import { readBody, sealBody, type OpenJob, type Read, type SealJob } from "./body-cipher";
import { joinPosted, type BodyPart } from "./body-parts";
import { CipherReply, type CipherRequest } from "./body-cipher-protocol";

/** How long a worker may take to load before the job runs on the page instead. */
const READY_WITHIN_MS = 10_000;

/**
 * Seals a backup's body in the backup worker, or on the page (in slices, with pauses) where there are no
 * workers or the worker does not start. The contents' buffers are handed over to the worker, not copied.
 */
export async function sealOffPage(job: SealJob, pause: Pause, makeWorker = backupWorker): Promise<Blob> {
  const reply = await inWorker({ type: "seal", ...job }, [...new Set(job.contents.map((piece) => piece.buffer))], makeWorker);
  if (!reply) return sealBody(job, pause);
  if (reply.type === "sealed") return reply.body;
  throw new Error(`The backup could not be encrypted: ${reply.type === "failed" ? reply.message : "unexpected reply"}`);
}

/**
 * Opens and parses a backup's body in the backup worker, or on the page as sealOffPage does; `job.base64`'s
 * buffer is handed over. The worker sends the records a few hundred at a time, so the page only ever decodes
 * one such message per task, and none of the parsing's garbage lands on the page's heap.
 */
export async function readOffPage(job: OpenJob, pause: Pause, makeWorker = backupWorker): Promise<Read> {
  const parts: BodyPart[] = [];
  const reply = await inWorker({ type: "open", ...job }, [job.base64.buffer], makeWorker, (part) => parts.push(part));
  if (!reply) return readBody(job, pause);
  if (reply.type === "read") return { ok: true, body: joinPosted(reply.body, parts) };
  if (reply.type === "refused") return { ok: false, reason: reply.reason };
  throw new Error(`The backup could not be decrypted: ${reply.type === "failed" ? reply.message : "unexpected reply"}`);
}

/** The worker bundled by Vite from body-cipher.worker.ts; undefined where the platform has no workers (node). */
export function backupWorker(): Worker | undefined {
  if (typeof Worker !== "function") return undefined;
  return new Worker(new URL("./body-cipher.worker.ts", import.meta.url), { type: "module", name: "send-companion-backup" });
}

/**
 * Starts a worker, waits for it to say it is ready, then sends the request (transferring `transfer`) and
 * gives its one answer (after any parts, given to `onPart`). Undefined, with nothing sent, when no worker starts; the worker ends either way.
 */
async function inWorker(
  request: CipherRequest,
  transfer: Transferable[],
  makeWorker: () => Worker | undefined,
  onPart: (part: BodyPart) => void = () => {},
): Promise<Exclude<CipherReply, { type: "ready" | "part" }> | undefined> {
  let worker: Worker | undefined;
  try {
    worker = makeWorker();
  } catch {
    return undefined;
  }
  if (!worker) return undefined;
  const w = worker;
  try {
    return await new Promise((resolve, reject) => {
      let sent = false;
      const notReady = setTimeout(() => resolve(undefined), READY_WITHIN_MS);
      const stopped = (why: string) => (sent ? reject(new Error(why)) : resolve(undefined));
      w.addEventListener("message", (event: MessageEvent<unknown>) => {
        const reply = CipherReply.safeParse(event.data);
        if (!reply.success) return stopped("the backup worker sent something unexpected");
        if (reply.data.type === "part") return onPart(reply.data);
        if (reply.data.type !== "ready") return resolve(reply.data);
        if (sent) return;
        clearTimeout(notReady);
        sent = true;
        w.postMessage(request, transfer);
      });
      w.addEventListener("messageerror", () => stopped("a message from the backup worker could not be read"));
      w.addEventListener("error", (event) => {
        event.preventDefault();
        clearTimeout(notReady);
        stopped(event.message || "the backup worker stopped");
      });
    });
  } finally {
    w.terminate();
  }
}
