import { describe, expect, it } from "vitest";
import { openBody, sealBody } from "@/storage/backup/body-cipher";
import { backupWorker, readOffPage, sealOffPage } from "@/storage/backup/body-cipher-off-page";
import { utf8 } from "@/storage/vault/bytes";

const noPause = async () => {};
const iv = new Uint8Array(12).fill(3);
const aad = utf8.encode('["send-companion-backup",1,"Ada Example"]');

/** About 6 MB of made-up contents JSON, in pieces of a record each. */
function contents(): Uint8Array<ArrayBuffer>[] {
  const record = (i: number) => `{"id":"pupil-${i}","payload":"${"QUJD".repeat(1500)}"}`;
  return [utf8.encode('{"stores":{"pupils":['), ...Array.from({ length: 1000 }, (_, i) => utf8.encode(`${i ? "," : ""}${record(i)}`)), utf8.encode("]}}")];
}
const joined = (pieces: Uint8Array<ArrayBuffer>[]) => pieces.map((p) => utf8.decode(p)).join("");

describe("the backup worker", () => {
  it("seals a body that the page opens, and opens and parses a body the page sealed", async () => {
    const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    const pieces = contents();
    const text = joined(pieces);

    const inWorker = await sealOffPage({ key, iv, aad, contents: pieces }, noPause, backupWorker);
    expect(pieces[0]!.byteLength).toBe(0); // handed over to the worker, not copied
    const openedHere = await openBody({ key, iv, aad, base64: new Uint8Array(await inWorker.arrayBuffer()) }, noPause);
    expect(openedHere.ok && utf8.decode(openedHere.contents) === text).toBe(true);

    const onPage = await sealBody({ key, iv, aad, contents: contents() }, noPause);
    const readThere = await readOffPage({ key, iv, aad, base64: new Uint8Array(await onPage.arrayBuffer()) }, noPause, backupWorker);
    expect(readThere).toEqual({ ok: true, body: JSON.parse(text) });

    const refused = await readOffPage({ key, iv, aad: utf8.encode("another header"), base64: new Uint8Array(await onPage.arrayBuffer()) }, noPause, backupWorker);
    expect(refused.ok).toBe(false);
  });
});
