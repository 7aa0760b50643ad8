/// <reference lib="webworker" />
// The backup worker: hashes, encrypts and base64-encodes a backup's body, or decodes, decrypts and parses one,
// away from the page (WebCrypto does each of those in one call over the whole body on the calling thread).
import { answer } from "./body-cipher-handler";
import { CipherRequest, type CipherReply } from "./body-cipher-protocol";

const post = (reply: CipherReply) => postMessage(reply);

addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = CipherRequest.safeParse(event.data);
  if (!request.success) return post({ type: "failed", message: "the backup worker was sent something it does not understand" });
  void answer(request.data, post);
});
post({ type: "ready" });
