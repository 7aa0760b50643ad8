import { z } from "zod";
import { isBytes, type Bytes } from "./bytes";
import { IV_BYTES } from "./data-key";
import { SALT_BYTES } from "./kdf";

const bytesOf = (length?: number) =>
  z.custom<Bytes>((v) => isBytes(v) && (length === undefined || v.length === length), {
    message: length === undefined ? "must be bytes" : `must be ${length} bytes`,
  });

/** The data key wrapped (AES-KW) by a key derived from one secret with PBKDF2-SHA256. */
export const WrappedKey = z.object({
  salt: bytesOf(SALT_BYTES),
  iterations: z.number().int().min(1),
  /** AES-KW output for a 256-bit key: 40 bytes. */
  wrapped: bytesOf(40),
});
export type WrappedKey = z.infer<typeof WrappedKey>;

/**
 * The `meta` "vault" entry. Holds nothing secret in the clear: the data key only wrapped, twice
 * (by the passphrase and by the recovery key), and a check value that proves an unwrapped key is this one.
 */
export const KeyVault = z.object({
  version: z.literal(1),
  /** Random and stable for the life of the data key: two vaults with the same keyId share a data key. */
  keyId: z.string().min(1),
  createdAt: z.iso.datetime(),
  passphraseChangedAt: z.iso.datetime(),
  byPassphrase: WrappedKey,
  byRecoveryKey: WrappedKey,
  keyCheck: z.object({ iv: bytesOf(IV_BYTES), ct: bytesOf() }),
  /**
   * Only while "re-encrypt everything with a new key" is under way (or was cut short): the previous data key,
   * AES-GCM encrypted under this one, so records not yet re-encrypted still open. Removed once all are done.
   */
  previousKey: z.object({ keyId: z.string().min(1), iv: bytesOf(IV_BYTES), ct: bytesOf(48) }).optional(),
});
export type KeyVault = z.infer<typeof KeyVault>;
