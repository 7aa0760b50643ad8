/** Byte helpers shared by the vault and backups. Everything here is synchronous and pure. */

export type Bytes = Uint8Array<ArrayBuffer>;

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** True for a Uint8Array from any realm (IndexedDB may hand back another realm's object). */
export function isBytes(value: unknown): value is Bytes {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]";
}

export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export const utf8 = {
  encode: (text: string): Bytes => utf8Encoder.encode(text) as Bytes,
  decode: (bytes: BufferSource): string => utf8Decoder.decode(bytes),
};

const CHUNK = 0x8000;

/** The platform's own base64 (Chrome 140+, Firefox 133+), where there is one. */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * Base64 of the bytes: the platform's Uint8Array.prototype.toBase64 if it has one, otherwise btoa over
 * 32 KB chunks turned into text with String.fromCharCode.apply and joined once (spreading each chunk as
 * arguments and adding strings one by one was several times slower on a large backup).
 */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === "function") return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return btoa(parts.join(""));
}

/** Throws a plain Error if the text is not base64. */
export function fromBase64(text: string): Bytes {
  if (typeof nativeFromBase64 === "function") {
    try {
      return nativeFromBase64(text) as Bytes;
    } catch {
      throw new Error("the text is not base64");
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error("the text is not base64");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Compares without stopping at the first difference. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
