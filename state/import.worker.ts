/// <reference lib="webworker" />
// The import's worker: reads a chosen file and checks every row away from the page, so a big file never
// freezes it. It posts progress after each chunk; the page cancels by terminating it.
import { checkOnly, readAndCheck, type CheckerReply } from "./import-checker";
import { WorkerRequest, type WorkerReply } from "./import-worker-protocol";

const post = (reply: WorkerReply) => postMessage(reply);

function answer(id: number, reply: CheckerReply) {
  if (reply.ok === true) post({ type: "done", id, source: reply.source, preview: reply.preview });
  else if (reply.ok === false) post({ type: "failed", id, message: reply.message });
}

addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = WorkerRequest.safeParse(event.data);
  if (!request.success) return;
  const r = request.data;
  const progress = ({ done, total }: { done: number; total: number }) => {
    post({ type: "progress", id: r.id, done, total });
    return true;
  };
  const work =
    r.type === "read"
      ? readAndCheck({ content: r.content, fileName: r.fileName, register: r.register, today: r.today, ...(r.settingName ? { settingName: r.settingName } : {}) }, progress, 500)
      : checkOnly({ source: r.source, register: r.register, today: r.today }, progress, 500);
  work.then(
    (reply) => answer(r.id, reply),
    (error: unknown) => post({ type: "failed", id: r.id, message: `The file could not be checked: ${error instanceof Error ? error.message : String(error)}` }),
  );
});
