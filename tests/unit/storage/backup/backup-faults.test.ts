import { beforeAll, describe, expect, it } from "vitest";
import { BACKUP_FORMAT_VERSION, createBackup, readBackup, restoreBackup } from "@/storage/backup";
import type { SendDb } from "@/storage/db";
import { AesGcmCodec, createVault } from "@/storage/vault";
import { freshDatabases } from "../fakes";
import { BACKUP_PASSPHRASE, dump, fast, SCHOOL_PASSPHRASE, writeSchool } from "./school";

const dbs = freshDatabases();
let file: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  const source = await dbs.open();
  const { dataKey } = await createVault(source, SCHOOL_PASSPHRASE, fast);
  await writeSchool(source, new AesGcmCodec(dataKey), 20);
  file = new Uint8Array(await (await createBackup(source, BACKUP_PASSPHRASE, fast)).arrayBuffer());
});

const text = () => new TextDecoder().decode(file);
const edited = (edit: (file: Record<string, unknown>) => void) => {
  const json = JSON.parse(text()) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json);
};

/** Reading the file fails with `message`, and a restore attempt leaves the target exactly as it was. */
async function expectRefused(source: Blob | string | Uint8Array, message: RegExp, target?: SendDb) {
  const db = target ?? (await dbs.open());
  const before = await dump(db);
  await expect(readBackup(source, BACKUP_PASSPHRASE).then((c) => restoreBackup(db, c, "merge"))).rejects.toThrow(message);
  expect(await dump(db)).toBe(before);
}

describe("reading a backup file that cannot be restored", () => {
  it("refuses a file whose contents hold a record that is not a stored record, though it decrypts", async () => {
    const source = await dbs.open();
    await createVault(source, SCHOOL_PASSPHRASE, fast);
    await source.put("cycles", { id: "cycle-with-no-pupil", payload: {} } as never);
    await expectRefused(await createBackup(source, BACKUP_PASSPHRASE, fast), /incomplete or has been changed/);
  });

  it("refuses a wrong passphrase", async () => {
    const db = await dbs.open();
    const before = await dump(db);
    await expect(readBackup(file, "not the backup passphrase")).rejects.toMatchObject({
      code: "wrong-passphrase",
      message: expect.stringMatching(/^That passphrase does not open this backup/),
    });
    expect(await dump(db)).toBe(before);
  });

  it("refuses a file cut short", async () => {
    await expectRefused(file.slice(0, Math.floor(file.length * 0.6)), /incomplete or has been changed/);
    await expectRefused(text().slice(0, -1), /incomplete or has been changed/);
  });

  it("refuses a file with one byte of its body altered", async () => {
    const altered = edited((f) => {
      const body = f.body as string;
      const at = Math.floor(body.length / 2);
      f.body = body.slice(0, at) + (body[at] === "A" ? "B" : "A") + body.slice(at + 1);
    });
    await expectRefused(altered, /incomplete or has been changed/);
  });

  it("refuses a file whose header was altered (the header is bound to the body)", async () => {
    await expectRefused(edited((f) => (f.createdAt = "2001-01-01T00:00:00.000Z")), /incomplete or has been changed/);
  });

  it("says a file from a newer version needs a newer SEND Companion", async () => {
    await expectRefused(
      edited((f) => (f.formatVersion = BACKUP_FORMAT_VERSION + 1)),
      /^This backup was made by a newer version of SEND Companion/,
    );
    await expectRefused(edited((f) => (f.appSchemaVersion = 999)), /newer version of SEND Companion/);
  });

  it("says when a file is not a SEND Companion backup at all", async () => {
    await expectRefused('{"name":"something else"}', /^This file is not a SEND Companion backup/);
    await expectRefused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]), /not a SEND Companion backup/);
    await expectRefused("pupil,name\n1,Fakey", /not a SEND Companion backup/);
  });

  it("refuses a backup passphrase shorter than 12 characters", async () => {
    await expect(createBackup(await dbs.open(), "too short", fast)).rejects.toMatchObject({ code: "passphrase-too-short" });
  });
});
