import { z } from "zod";
import { concatBytes, equalBytes, fromBase64, randomBytes, toBase64, utf8, type Bytes } from "../vault/bytes";
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES } from "../vault/data-key";
import { PBKDF2_ITERATIONS, SALT_BYTES } from "../vault/kdf";
import { MIN_PASSPHRASE_LENGTH } from "../vault/passphrase-strength";
import { deriveBackupKey, sha256 } from "../backup/backup-key";

/**
 * A JSON value sealed with a passphrase, the same way backups are: PBKDF2-SHA256 (600,000 rounds) gives an
 * AES-GCM-256 key and a passphrase check; the header is bound to the body as additional data, and a SHA-256
 * of the contents inside the ciphertext shows a changed or cut-short file. Used by the pupil transfer file.
 */
const SealedFile = z.object({
  format: z.string().min(1),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  kdf: z.object({ name: z.literal("PBKDF2-SHA256"), iterations: z.number().int().min(1), salt: z.base64() }),
  cipher: z.object({ name: z.literal("AES-GCM-256"), iv: z.base64() }),
  passphraseCheck: z.base64(),
  body: z.base64(),
});
type SealedFile = z.infer<typeof SealedFile>;
type Header = Omit<SealedFile, "body">;

export type SealedErrorCode = "not-ours" | "newer-version" | "wrong-passphrase" | "damaged" | "passphrase-too-short";

export class SealedFileError extends Error {
  constructor(readonly code: SealedErrorCode, message: string) {
    super(message);
    this.name = "SealedFileError";
  }
}

export interface SealOptions {
  format: string;
  formatVersion: number;
  /** PBKDF2 rounds; production uses the default, tests a small number for speed. */
  iterations?: number;
  now?: () => Date;
}

const headerBytes = (h: Header) => utf8.encode(JSON.stringify([h.format, h.formatVersion, h.createdAt, h.kdf, h.cipher, h.passphraseCheck]));

export async function sealJson(value: unknown, passphrase: string, options: SealOptions): Promise<Uint8Array<ArrayBuffer>> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new SealedFileError("passphrase-too-short", `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  const contents = utf8.encode(JSON.stringify(value));
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const { key, check } = await deriveBackupKey(passphrase, salt, iterations);
  const header: Header = {
    format: options.format,
    formatVersion: options.formatVersion,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    kdf: { name: "PBKDF2-SHA256", iterations, salt: toBase64(salt) },
    cipher: { name: "AES-GCM-256", iv: toBase64(iv) },
    passphraseCheck: toBase64(check),
  };
  const body = await aesGcmEncrypt(key, iv, concatBytes(await sha256(contents), contents), headerBytes(header));
  return utf8.encode(JSON.stringify({ ...header, body: toBase64(new Uint8Array(body)) }));
}

/** What a sealed file holds, once opened: the JSON value and when it was sealed. */
export interface Opened {
  value: unknown;
  createdAt: string;
}

/** Opens a sealed file of the given format; `describe` names the kind of file in messages ("transfer file"). */
export async function openSealedJson(source: Blob | Uint8Array | string, passphrase: string, expect: { format: string; formatVersion: number; describe: string }): Promise<Opened> {
  const text = typeof source === "string" ? source : utf8.decode(source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : new Uint8Array(source));
  const what = expect.describe;
  const damaged = () => new SealedFileError("damaged", `This ${what} is incomplete or has been changed since it was made, so it cannot be opened. Ask the sending school for a new copy.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw text.includes(`"${expect.format}"`) ? damaged() : new SealedFileError("not-ours", `This file is not a SEND Companion ${what}.`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== expect.format) throw new SealedFileError("not-ours", `This file is not a SEND Companion ${what}.`);
  if (typeof format.formatVersion === "number" && format.formatVersion > expect.formatVersion) {
    throw new SealedFileError("newer-version", `This ${what} was made by a newer version of SEND Companion. Update SEND Companion, then open it again.`);
  }
  const parsed = SealedFile.safeParse(json);
  if (!parsed.success) throw damaged();
  const file = parsed.data;
  const { key, check } = await deriveBackupKey(passphrase, bytes(file.kdf.salt), file.kdf.iterations);
  if (!equalBytes(check, bytes(file.passphraseCheck))) {
    throw new SealedFileError("wrong-passphrase", `That passphrase does not open this ${what}. Check it with the sending school and try again.`);
  }
  let plain: Bytes;
  try {
    plain = new Uint8Array(await aesGcmDecrypt(key, bytes(file.cipher.iv), bytes(file.body), headerBytes(file)));
  } catch {
    throw damaged();
  }
  const contents = plain.slice(32);
  if (!equalBytes(plain.subarray(0, 32), await sha256(contents))) throw damaged();
  try {
    return { value: JSON.parse(utf8.decode(contents)), createdAt: file.createdAt };
  } catch {
    throw damaged();
  }
}

function bytes(base64: string): Bytes {
  return fromBase64(base64);
}
