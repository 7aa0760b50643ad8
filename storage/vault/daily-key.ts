import type { Bytes } from "./bytes";

/**
 * The data key in its two forms. Pages use a NON-extractable CryptoKey day to day: script in the page
 * can encrypt and decrypt with it but never read its bytes. The raw bytes exist only briefly, to hand the
 * key to the extension's session storage after an unlock, and to wrap it again (new passphrase, new
 * recovery key), which WebCrypto does by exporting it.
 */
const AES_GCM = { name: "AES-GCM", length: 256 } as const;

/** The raw 32 bytes of an extractable data key (straight after unwrapping or generating it). */
export async function exportRawKey(key: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.exportKey("raw", key));
}

/** The key a page keeps while unlocked: encrypt and decrypt only, its bytes unreadable. */
export function importDailyKey(raw: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", raw, AES_GCM, false, ["encrypt", "decrypt"]);
}

/** A short-lived extractable copy, only for wrapping the key under a new passphrase or recovery key. */
export function importWrappableKey(raw: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", raw, AES_GCM, true, ["encrypt", "decrypt"]);
}
