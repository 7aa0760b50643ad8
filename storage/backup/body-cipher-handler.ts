import { readBody, sealBody } from "./body-cipher";
import type { CipherReply, CipherRequest } from "./body-cipher-protocol";
import { splitForPosting } from "./body-parts";

const noPause = async () => {};

/**
 * What the backup worker does with a request (body-cipher.worker.ts wires it to its messages): seals a body and
 * answers with the Blob, or reads one and answers with its records in parts, then the rest of the contents.
 */
export async function answer(request: CipherRequest, post: (reply: CipherReply) => void): Promise<void> {
  try {
    if (request.type === "seal") return post({ type: "sealed", body: await sealBody(request, noPause) });
    const read = await readBody(request, noPause);
    if (!read.ok) return post({ type: "refused", reason: read.reason });
    const { frame, parts } = splitForPosting(read.body);
    for (const part of parts) post({ type: "part", ...part });
    post({ type: "read", body: frame });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
