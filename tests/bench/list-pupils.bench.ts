import { bench, describe } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { Pupil } from "@/graduated-approach/pupil";
import { plainCodec, type RecordCodec } from "@/storage/codec";
import { openSendDb } from "@/storage/db";
import { createRecordStore } from "@/storage/record-store";
import { AesGcmCodec } from "@/storage/vault";
import { generateDataKey } from "@/storage/vault/data-key";

const PUPILS = 2_000;
const school = generateDemoSchool({ pupils: PUPILS, seed: 11, today: "2026-03-03" });

/** A fake-indexeddb database holding the 2,000 demo pupils, written through `codec`. */
async function pupilsStore(codec: RecordCodec) {
  const db = await openSendDb(`bench-${crypto.randomUUID()}`);
  const store = createRecordStore(db, "pupils", Pupil, codec);
  await store.putMany(school.pupils);
  return store;
}

const plain = await pupilsStore(plainCodec);
const encrypted = await pupilsStore(new AesGcmCodec(await generateDataKey()));

async function listAll(store: typeof plain) {
  const { records, quarantined } = await store.getAll();
  if (records.length !== PUPILS || quarantined.length > 0) throw new Error("the bench store lost pupils");
}

describe(`list ${PUPILS} pupils (fake-indexeddb, node)`, () => {
  bench("plain codec", () => listAll(plain), { iterations: 20, warmupIterations: 3 });
  bench("AES-GCM codec", () => listAll(encrypted), { iterations: 20, warmupIterations: 3 });
});
