import { CipherReply, type CipherRequest } from "./body-cipher-protocol";
import type { BodyPart } from "./body-parts";

/** How long a worker may take to load before the job runs on the page instead. */
const READY_WITHIN_MS = 10_000;

export type Answer = Exclude<CipherReply, { type: "ready" | "part" }>;

/** A backup worker started ahead of its job, so that it loads while the page does the first steps. */
export interface BackupWorker {
  /**
   * Sends the request (transferring `transfer`) once the worker is ready and gives its answer, any parts going to
   * `onPart` first. Undefined, with nothing sent, when there is no worker or it did not load: do the job on the page.
   */
  ask(request: CipherRequest, transfer?: Transferable[], onPart?: (part: BodyPart) => void): Promise<Answer | undefined>;
  /** Ends the worker (asking once is all a worker is for; ending twice is harmless). */
  end(): void;
}

/** The worker bundled by Vite from body-cipher.worker.ts; undefined where the platform has no workers (node). */
export function backupWorker(): Worker | undefined {
  if (typeof Worker !== "function") return undefined;
  return new Worker(new URL("./body-cipher.worker.ts", import.meta.url), { type: "module", name: "send-companion-backup" });
}

/** Starts a backup worker now (`makeWorker` makes one; tests pass a stand-in). */
export function startBackupWorker(makeWorker: () => Worker | undefined = backupWorker): BackupWorker {
  let worker: Worker | undefined;
  try {
    worker = makeWorker();
  } catch {
    worker = undefined;
  }
  /** Why the worker stopped, once it has. */
  let stopped: string | undefined;
  let listener: { onReply(reply: CipherReply): void; onStop(why: string): void } | undefined;
  const stop = (why: string) => {
    stopped ??= why;
    listener?.onStop(why);
  };
  const ready = new Promise<boolean>((resolve) => {
    if (!worker) return resolve(false);
    const timer = setTimeout(() => resolve(false), READY_WITHIN_MS);
    worker.addEventListener("message", (event: MessageEvent<unknown>) => {
      const reply = CipherReply.safeParse(event.data);
      if (!reply.success) return stop("the backup worker sent something unexpected");
      if (reply.data.type !== "ready") return listener?.onReply(reply.data);
      clearTimeout(timer);
      resolve(stopped === undefined);
    });
    worker.addEventListener("messageerror", () => stop("a message from the backup worker could not be read"));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      resolve(false);
      stop(event.message || "the backup worker stopped");
    });
  });
  const end = () => worker?.terminate();
  return {
    async ask(request, transfer = [], onPart = () => {}) {
      try {
        if (!worker || !(await ready)) return undefined;
        const w = worker;
        return await new Promise<Answer>((resolve, reject) => {
          if (stopped !== undefined) return reject(new Error(stopped));
          listener = {
            onReply: (reply) => (reply.type === "part" ? onPart(reply) : reply.type !== "ready" && resolve(reply)),
            onStop: (why) => reject(new Error(why)),
          };
          w.postMessage(request, transfer);
        });
      } finally {
        end();
      }
    },
    end,
  };
}
