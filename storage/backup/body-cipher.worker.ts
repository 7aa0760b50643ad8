/// <reference lib="webworker" />
// The backup worker: hashes, encrypts and base64-encodes a backup's body (or decodes and decrypts it) away
// from the page, since WebCrypto does each of those in one call over the whole body on the calling thread.
import { openBody, sealBody } from "./body-cipher";
import { CipherRequest, type CipherReply } from "./body-cipher-protocol";

const post = (reply: CipherReply, transfer: Transferable[] = []) => postMessage(reply, transfer);
const noPause = async () => {};

addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = CipherRequest.safeParse(event.data);
  if (!request.success) return post({ type: "failed", message: "the backup worker was sent something it does not understand" });
  const r = request.data;
  const work: Promise<void> =
    r.type === "seal"
      ? sealBody(r, noPause).then((body) => post({ type: "sealed", body }))
      : openBody(r, noPause).then((opened) =>
          opened.ok ? post({ type: "opened", contents: opened.contents }, [opened.contents.buffer]) : post({ type: "refused", reason: opened.reason }),
        );
  work.catch((error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
});
post({ type: "ready" });
