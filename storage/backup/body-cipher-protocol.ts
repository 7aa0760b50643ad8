import { z } from "zod";

/** Messages between the page and the backup worker (body-cipher.worker.ts), checked on arrival. */
const bytes = z.custom<Uint8Array<ArrayBuffer>>((v) => v instanceof Uint8Array, "bytes");
const key = z.custom<CryptoKey>((v) => typeof CryptoKey === "function" && v instanceof CryptoKey, "a CryptoKey");
const keyAndIv = { key, iv: bytes, aad: bytes };

export const CipherRequest = z.discriminatedUnion("type", [
  /** Back up the database of this name (opened at this version): read, turned into JSON, sealed. */
  z.object({ type: z.literal("back-up"), ...keyAndIv, dbName: z.string().min(1), dbVersion: z.number().int().min(1) }),
  z.object({ type: z.literal("open"), ...keyAndIv, base64: bytes }),
]);
export type CipherRequest = z.infer<typeof CipherRequest>;

export const CipherReply = z.discriminatedUnion("type", [
  /** Posted once the worker has loaded: only then is anything transferred to it. */
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("sealed"), body: z.instanceof(Blob) }),
  /** Some records of a read body, posted before `read` so that each is decoded on the page in its own task. */
  z.object({ type: z.literal("part"), store: z.string(), records: z.array(z.unknown()) }),
  /** The rest of a read body: its stores' lists are filled from the parts. */
  z.object({ type: z.literal("read"), body: z.unknown() }),
  z.object({ type: z.literal("refused"), reason: z.string() }),
  z.object({ type: z.literal("failed"), message: z.string() }),
]);
export type CipherReply = z.infer<typeof CipherReply>;
