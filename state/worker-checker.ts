import type { CheckerProgress, CheckerReply, ImportChecker } from "./import-checker";
import { WorkerReply, type WorkerRequest } from "./import-worker-protocol";

type Pending = { resolve(reply: CheckerReply): void; onProgress(progress: CheckerProgress): void };

/**
 * Runs the import's reading and checking in a Web Worker (`makeWorker` starts one). Only the newest request
 * counts; cancelling terminates the worker, and the next request starts a fresh one.
 */
export function workerChecker(makeWorker: () => Worker): ImportChecker {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function stopAll() {
    for (const p of pending.values()) p.resolve({ ok: "stopped" });
    pending.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener("message", (event: MessageEvent<unknown>) => {
      const reply = WorkerReply.safeParse(event.data);
      if (!reply.success) return;
      const r = reply.data;
      const waiting = pending.get(r.id);
      if (!waiting) return;
      if (r.type === "progress") return waiting.onProgress({ done: r.done, total: r.total, phase: "Checking rows" });
      pending.delete(r.id);
      waiting.resolve(r.type === "done" ? { ok: true, source: r.source, preview: r.preview } : { ok: false, message: r.message });
    });
    w.addEventListener("error", (event) => {
      for (const p of pending.values()) p.resolve({ ok: false, message: `The file could not be checked: ${event.message || "the checker stopped"}.` });
      pending.clear();
      worker?.terminate();
      worker = undefined;
    });
    worker = w;
    return w;
  }

  function send(request: WorkerRequest, onProgress: (p: CheckerProgress) => void, transfer: Transferable[] = []): Promise<CheckerReply> {
    stopAll(); // only the newest request counts
    return new Promise((resolve) => {
      pending.set(request.id, { resolve, onProgress });
      onProgress({ done: 0, total: 0, phase: "Reading the file" });
      started().postMessage(request, transfer);
    });
  }

  return {
    read(request, onProgress) {
      const content = request.content;
      const transfer = content instanceof Uint8Array ? [content.buffer] : [];
      return send({ type: "read", id: ++nextId, ...request }, onProgress, transfer);
    },
    check(request, onProgress) {
      return send({ type: "check", id: ++nextId, ...request }, onProgress);
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      stopAll();
    },
  };
}

/** The workspace's worker, bundled by Vite from import.worker.ts. */
export function importWorker(): Worker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module", name: "send-companion-import" });
}
