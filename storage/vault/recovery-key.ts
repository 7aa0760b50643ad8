import { randomBytes, type Bytes } from "./bytes";
import { VaultError } from "./vault-errors";

/** Crockford base32: no I, L, O or U, so a printed key cannot be misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const KEY_BYTES = 16;
/** 128 key bits and a 12-bit checksum make 140 bits: 28 characters, seven groups of four. */
const CHECK_BITS = 12n;
const CHECK_MODULUS = 4093n; // prime: any one mistyped character changes the remainder
const CHARACTERS = 28;

export const RECOVERY_KEY_EXAMPLE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345";

export interface RecoveryKey {
  /** What the user prints or saves, e.g. "7Q2M-…" (seven groups of four). */
  text: string;
  bytes: Bytes;
}

export function generateRecoveryKey(): RecoveryKey {
  const bytes = randomBytes(KEY_BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

export function formatRecoveryKey(bytes: Bytes): string {
  const value = toBigInt(bytes);
  let n = (value << CHECK_BITS) | value % CHECK_MODULUS;
  let text = "";
  for (let i = 0; i < CHARACTERS; i++) {
    text = ALPHABET[Number(n & 31n)] + text;
    n >>= 5n;
  }
  return text.match(/.{4}/g)?.join("-") ?? text;
}

/**
 * Reads a recovery key as typed: any case, with or without dashes or spaces, I and L read as 1, O as 0.
 * Throws a VaultError that says what is wrong when it is not a recovery key at all.
 */
export function parseRecoveryKey(typed: string): Bytes {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (cleaned.length !== CHARACTERS || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw notARecoveryKey();
  }
  let n = 0n;
  for (const c of cleaned) n = (n << 5n) | BigInt(ALPHABET.indexOf(c));
  const value = n >> CHECK_BITS;
  if (value >> 128n !== 0n || value % CHECK_MODULUS !== (n & ((1n << CHECK_BITS) - 1n))) throw notARecoveryKey();
  return fromBigInt(value);
}

function notARecoveryKey() {
  return new VaultError(
    "not-a-recovery-key",
    `That is not a recovery key. It has 28 letters and numbers in groups of four, like ${RECOVERY_KEY_EXAMPLE}. Check it and try again.`,
  );
}

function toBigInt(bytes: Bytes): bigint {
  return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
}

function fromBigInt(value: bigint): Bytes {
  const bytes = new Uint8Array(KEY_BYTES);
  for (let i = KEY_BYTES - 1; i >= 0; i--) {
    bytes[i] = Number(value & 255n);
    value >>= 8n;
  }
  return bytes;
}
