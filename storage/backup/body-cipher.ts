import type { Pause } from "../pause";
import { equalBytes, fromBase64, toBase64, utf8, type Bytes } from "../vault/bytes";
import { aesGcmDecrypt, aesGcmEncrypt } from "../vault/data-key";
import { sha256 } from "./backup-key";
import { fromJsonSafe } from "./binary-json";
import { parseJsonInSlices } from "./json-in-slices";
import { joinBytes } from "./slices";

/**
 * The backup body's cipher, the same on the page and in the backup worker (see body-cipher-worker.ts):
 * `body = base64(AES-GCM(SHA-256(contents) ‖ contents))`, with the header as additional data.
 * WebCrypto hashes and encrypts a whole buffer in one call on the calling thread, so the page hands both
 * jobs to the worker when it can; here they are only ever split around those calls.
 */
export interface SealJob {
  key: CryptoKey;
  iv: Bytes;
  aad: Bytes;
  /** The contents JSON as UTF-8, in pieces (joined here, so the page never copies it into one buffer). */
  contents: Bytes[];
}

export interface OpenJob {
  key: CryptoKey;
  iv: Bytes;
  aad: Bytes;
  /** The body's base64 text, as bytes. */
  base64: Bytes;
}

/** A body opened, or why not (a body that is not base64, fails AES-GCM or does not match its digest). */
export type Opened = { ok: true; contents: Bytes } | { ok: false; reason: string };

const ascii = new TextEncoder();

/** A body opened and its contents parsed, records' bytes restored (see binary-json.ts), or why not. */
export type Read = { ok: true; body: unknown } | { ok: false; reason: string };

/** Bytes encoded per slice: a multiple of 3, so the slices' base64 joins exactly (about 1 MB of text each). */
const ENCODE_SLICE = 3 * 256 * 1024;
/** Base64 characters decoded per slice: a multiple of 4, for the same reason. */
const DECODE_SLICE = 4 * 256 * 1024;

/** The body's base64 text as a Blob, built from the contents' pieces. */
export async function sealBody(job: SealJob, pause: Pause): Promise<Blob> {
  // The SHA-256 of the contents goes in the first 32 bytes, reserved here to save copying it all again.
  const plain = await joinBytes([new Uint8Array(32), ...job.contents], pause);
  plain.set(await sha256(plain.subarray(32)), 0);
  await pause();
  const sealed = new Uint8Array(await aesGcmEncrypt(job.key, job.iv, plain, job.aad));
  await pause();
  return base64Blob(sealed, pause);
}

/** Decrypts the body and checks its digest; gives the contents JSON as UTF-8. */
export async function openBody(job: OpenJob, pause: Pause): Promise<Opened> {
  let sealed: Bytes;
  try {
    sealed = await bytesFromBase64(job.base64, pause);
  } catch (error) {
    return { ok: false, reason: message(error) };
  }
  let plain: Bytes;
  try {
    plain = new Uint8Array(await aesGcmDecrypt(job.key, job.iv, sealed, job.aad));
  } catch (error) {
    return { ok: false, reason: message(error) };
  }
  await pause();
  const contents = plain.subarray(32);
  if (!equalBytes(plain.subarray(0, 32), await sha256(contents))) return { ok: false, reason: "the contents do not match their digest" };
  return { ok: true, contents };
}

/** Opens the body, then parses its contents: each store's records one by one (they sit 3 levels down). */
export async function readBody(job: OpenJob, pause: Pause): Promise<Read> {
  const opened = await openBody(job, pause);
  if (!opened.ok) return opened;
  try {
    return { ok: true, body: await parseJsonInSlices(opened.contents, 3, fromJsonSafe, pause) };
  } catch (error) {
    return { ok: false, reason: message(error) };
  }
}

/**
 * Base64 of the bytes as a Blob of text, a slice at a time, written as ASCII into one buffer (a Blob made from
 * that is several times quicker than one made from the strings).
 */
export async function base64Blob(bytes: Uint8Array, pause: Pause): Promise<Blob> {
  const text = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let written = 0;
  for (let at = 0; at < bytes.length; at += ENCODE_SLICE) {
    written += ascii.encodeInto(toBase64(bytes.subarray(at, at + ENCODE_SLICE)), text.subarray(written)).written;
    await pause();
  }
  return new Blob([text.subarray(0, written)]);
}

/** Bytes from base64 text (as bytes), a slice at a time; throws on text that is not base64. */
export async function bytesFromBase64(text: Bytes, pause: Pause): Promise<Bytes> {
  const pieces: Bytes[] = [];
  for (let at = 0; at < text.length; at += DECODE_SLICE) {
    pieces.push(fromBase64(utf8.decode(text.subarray(at, at + DECODE_SLICE))));
    await pause();
  }
  return pieces.length === 1 ? pieces[0]! : joinBytes(pieces, pause);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
