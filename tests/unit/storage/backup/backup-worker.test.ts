import { describe, expect, it } from "vitest";
import { startBackupWorker } from "@/storage/backup/backup-worker";
import { readBody } from "@/storage/backup/body-cipher";
import { answer } from "@/storage/backup/body-cipher-handler";
import { backUpOffPage, readOffPage } from "@/storage/backup/body-cipher-off-page";
import { CipherRequest } from "@/storage/backup/body-cipher-protocol";
import { createBackup, readBackup } from "@/storage/backup";
import { AesGcmCodec, createVault } from "@/storage/vault";
import { utf8 } from "@/storage/vault/bytes";
import { freshDatabases } from "../fakes";
import { BACKUP_PASSPHRASE, dump, fast, SCHOOL_PASSPHRASE, writeSchool } from "./school";

const dbs = freshDatabases();
const noPause = async () => {};
const iv = new Uint8Array(12).fill(5);
const aad = utf8.encode('["send-companion-backup",1,"Testy McTestface"]');
const key = () => crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]) as Promise<CryptoKey>;
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A stand-in for the backup worker: answers with the real handler (body-cipher-handler.ts), on this thread. */
class FakeWorker extends EventTarget {
  received: unknown[] = [];
  transferred: Transferable[] = [];
  replies: string[] = [];
  terminated = false;
  constructor(private readonly behaviour: "works" | "never loads" | "stops with the job") {
    super();
    setTimeout(() => (behaviour === "never loads" ? this.fail("no script") : this.reply({ type: "ready" })), 0);
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.received.push(message);
    this.transferred.push(...transfer);
    if (this.behaviour === "stops with the job") return void setTimeout(() => this.fail("out of memory"), 0);
    void answer(CipherRequest.parse(message), (reply) => {
      this.replies.push(reply.type);
      this.reply(reply);
    });
  }
  terminate() {
    this.terminated = true;
  }
  private reply(data: unknown) {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
  private fail(message: string) {
    this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message }));
  }
}
const stand = (fake: FakeWorker) => () => fake as unknown as Worker;

async function school() {
  const db = await dbs.open();
  const { dataKey } = await createVault(db, SCHOOL_PASSPHRASE, fast);
  await writeSchool(db, new AesGcmCodec(dataKey), 30);
  return db;
}

describe("the backup worker's jobs", () => {
  it("backs up the database itself, giving the very body the page makes, and ends", async () => {
    const db = await school();
    const job = { key: await key(), iv, aad };
    const fake = new FakeWorker("works");
    const inWorker = await backUpOffPage(db, job, noPause, startBackupWorker(stand(fake)));
    const onPage = await backUpOffPage(db, job, noPause, startBackupWorker(() => undefined));
    expect(fake.received).toEqual([{ type: "back-up", dbName: db.name, dbVersion: db.version, ...job }]);
    expect(fake.terminated).toBe(true);
    expect(await inWorker.text()).toBe(await onPage.text());
  });

  it("reads a body, handing over its buffer and sending the records in parts", async () => {
    const db = await school();
    const job = { key: await key(), iv, aad };
    const base64 = await bytesOf(await backUpOffPage(db, job, noPause, startBackupWorker(() => undefined)));
    const expected = await readBody({ ...job, base64: base64.slice() }, noPause);
    const fake = new FakeWorker("works");
    const read = await readOffPage({ ...job, base64 }, noPause, startBackupWorker(stand(fake)));
    expect(read).toEqual(expected);
    expect(fake.transferred).toEqual([base64.buffer]);
    expect(fake.replies.at(-1)).toBe("read");
    expect(fake.replies.filter((r) => r === "part").length).toBeGreaterThan(1);
  });

  it("does the job on the page, sending nothing, when the worker does not load or cannot be made", async () => {
    const db = await school();
    const job = { key: await key(), iv, aad };
    const broken = new FakeWorker("never loads");
    const body = await backUpOffPage(db, job, noPause, startBackupWorker(stand(broken)));
    expect(broken.received).toEqual([]);
    const refused = startBackupWorker(() => {
      throw new Error("workers are not allowed here");
    });
    expect((await readOffPage({ ...job, base64: await bytesOf(body) }, noPause, refused)).ok).toBe(true);
  });

  it("fails plainly when the worker stops once it has the job", async () => {
    const db = await school();
    const job = { key: await key(), iv, aad };
    const fake = new FakeWorker("stops with the job");
    await expect(backUpOffPage(db, job, noPause, startBackupWorker(stand(fake)))).rejects.toThrow(
      "The backup could not be made: out of memory",
    );
    expect(fake.terminated).toBe(true);
  });

  it("makes and reads a whole backup file through the worker, restoring every record byte for byte", async () => {
    const db = await school();
    const file = await createBackup(db, BACKUP_PASSPHRASE, { ...fast, makeWorker: stand(new FakeWorker("works")) });
    const contents = await readBackup(file, BACKUP_PASSPHRASE, { makeWorker: stand(new FakeWorker("works")) });
    const onPage = await readBackup(file, BACKUP_PASSPHRASE, { makeWorker: () => undefined });
    expect(contents).toEqual(onPage);
    expect(contents.stores.pupils).toHaveLength(30);
    expect(await dump(db)).toContain("pupil");
  });
});
