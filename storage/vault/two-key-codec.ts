import type { RecordCodec } from "../codec";

/**
 * While records are being re-encrypted under a new data key (replace-data-key.ts): writes with the new key, and
 * reads with the new key or, for a record not yet re-encrypted, the previous one. Arguments pass through as
 * they are, so whatever the codecs bind a ciphertext to still applies.
 */
export function twoKeyCodec(current: RecordCodec, previous: RecordCodec): RecordCodec {
  return {
    encode: (...args: Parameters<RecordCodec["encode"]>) => current.encode(...args),
    async decode(...args: Parameters<RecordCodec["decode"]>) {
      try {
        return await current.decode(...args);
      } catch (error) {
        try {
          return await previous.decode(...args);
        } catch {
          throw error;
        }
      }
    },
  };
}
