import { describe, expect, it } from "vitest";
import { createBackup, readBackup } from "@/storage/backup";
import { readBody, sealBody } from "@/storage/backup/body-cipher";
import { backupWorker, startBackupWorker } from "@/storage/backup/backup-worker";
import { readOffPage } from "@/storage/backup/body-cipher-off-page";
import { deleteSendDb, openSendDb } from "@/storage/db";
import { utf8 } from "@/storage/vault/bytes";

const noPause = async () => {};
const iv = new Uint8Array(12).fill(3);
const aad = utf8.encode('["send-companion-backup",1,"Ada Example"]');

/** About 6 MB of made-up contents JSON, in pieces of a record each. */
function contents(): Uint8Array<ArrayBuffer>[] {
  const record = (i: number) => `{"id":"pupil-${i}","payload":"${"QUJD".repeat(1500)}"}`;
  return [utf8.encode('{"stores":{"pupils":['), ...Array.from({ length: 1000 }, (_, i) => utf8.encode(`${i ? "," : ""}${record(i)}`)), utf8.encode("]}}")];
}

describe("the backup worker", () => {
  it("opens and parses a body the page sealed, in parts, and refuses one sealed with another header", async () => {
    const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    const onPage = await sealBody({ key, iv, aad, contents: contents() }, noPause);
    const expected = await readBody({ key, iv, aad, base64: new Uint8Array(await onPage.arrayBuffer()) }, noPause);
    const base64 = new Uint8Array(await onPage.arrayBuffer());
    const readThere = await readOffPage({ key, iv, aad, base64 }, noPause, startBackupWorker(backupWorker));
    expect(base64.byteLength).toBe(0); // handed over to the worker, not copied
    expect(readThere).toEqual(expected);

    const refused = await readOffPage({ key, iv, aad: utf8.encode("another header"), base64: new Uint8Array(await onPage.arrayBuffer()) }, noPause, startBackupWorker(backupWorker));
    expect(refused.ok).toBe(false);
  });

  it("backs up a database it opens itself, to the same file the page would make", async () => {
    const name = "send-companion-backup-worker-test";
    await deleteSendDb(name);
    const db = await openSendDb(name);
    try {
      await db.put("pupils", { id: "pupil-test-a", rev: 1, payload: { iv: new Uint8Array([1, 2, 3]), ct: new Uint8Array(64).fill(9) } } as never);
      await db.put("settings", { id: "setting", payload: { name: "Testy McTestface School" } } as never);
      const inWorker = await createBackup(db, "walrus ferry pylon example", { iterations: 1_000 });
      const onPage = await createBackup(db, "walrus ferry pylon example", { iterations: 1_000, makeWorker: () => undefined });
      const [a, b] = await Promise.all([inWorker, onPage].map((file) => readBackup(file, "walrus ferry pylon example", { makeWorker: () => undefined })));
      expect(a!.stores).toEqual(b!.stores);
      expect(a!.stores.pupils).toEqual([{ id: "pupil-test-a", rev: 1, payload: { iv: new Uint8Array([1, 2, 3]), ct: new Uint8Array(64).fill(9) } }]);
      expect((await readBackup(inWorker, "walrus ferry pylon example")).stores).toEqual(a!.stores);
    } finally {
      db.close();
      await deleteSendDb(name);
    }
  });
});
