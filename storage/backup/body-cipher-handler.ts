import { openDB } from "idb";
import type { SendDbSchema } from "../schema";
import { readBody, sealBody } from "./body-cipher";
import type { CipherReply, CipherRequest } from "./body-cipher-protocol";
import { splitForPosting } from "./body-parts";
import { bodyJsonPieces } from "./slices";
import { takeSnapshot } from "./snapshot";

const noPause = async () => {};

/**
 * What the backup worker does with a request (body-cipher.worker.ts wires it to its messages): backs up the
 * database and answers with the body as a Blob, or reads a body and answers with its records in parts, then
 * the rest of the contents.
 */
export async function answer(request: CipherRequest, post: (reply: CipherReply) => void): Promise<void> {
  try {
    if (request.type === "back-up") {
      const db = await openDB<SendDbSchema>(request.dbName, request.dbVersion, {
        // Never creates or upgrades the database: only the page's own connection does that.
        upgrade: (_db, _from, _to, tx) => tx.abort(),
        blocking: () => db.close(),
      });
      try {
        const contents = await bodyJsonPieces(await takeSnapshot(db), noPause);
        return post({ type: "sealed", body: await sealBody({ ...request, contents }, noPause) });
      } finally {
        db.close();
      }
    }
    const read = await readBody(request, noPause);
    if (!read.ok) return post({ type: "refused", reason: read.reason });
    const { frame, parts } = splitForPosting(read.body);
    for (const part of parts) post({ type: "part", ...part });
    post({ type: "read", body: frame });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
