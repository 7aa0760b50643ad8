import type { SendDb } from "../db";
import { generateDataKey, makeKeyCheck } from "./data-key";
import { PBKDF2_ITERATIONS } from "./kdf";
import type { KeyVault } from "./key-vault";
import { MIN_PASSPHRASE_LENGTH } from "./passphrase-strength";
import { generateRecoveryKey } from "./recovery-key";
import { VaultError } from "./vault-errors";
import { isVaultKey, openVaultWithPassphrase, openVaultWithRecoveryKey, requireVault, VAULT_KEY } from "./vault-record";
import { wrapDataKey } from "./wrap";

export interface VaultOptions {
  /** PBKDF2 rounds for keys wrapped now. Production uses the default; tests pass a small number for speed. */
  iterations?: number;
  /** For tests: the time to stamp. */
  now?: () => Date;
}

export interface CreatedVault {
  dataKey: CryptoKey;
  /** Shown to the user once, e.g. "7Q2M-…-K4ZT"; it is never stored. */
  recoveryKey: string;
}

export async function vaultExists(db: SendDb): Promise<boolean> {
  return (await db.getKey("meta", VAULT_KEY)) !== undefined;
}

/** Sets up encryption: a new data key, wrapped by the passphrase and by a new recovery key. */
export async function createVault(db: SendDb, passphrase: string, options: VaultOptions = {}): Promise<CreatedVault> {
  requireLength(passphrase);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const now = (options.now?.() ?? new Date()).toISOString();
  const dataKey = await generateDataKey();
  const recovery = generateRecoveryKey();
  const vault: KeyVault = {
    version: 1,
    keyId: crypto.randomUUID(),
    createdAt: now,
    passphraseChangedAt: now,
    byPassphrase: await wrapDataKey(dataKey, passphrase, iterations),
    byRecoveryKey: await wrapDataKey(dataKey, recovery.bytes, iterations),
    keyCheck: await makeKeyCheck(dataKey),
  };
  try {
    await db.add("meta", vault, VAULT_KEY);
  } catch (error) {
    if (error instanceof Error && error.name === "ConstraintError") throw alreadySetUp(error);
    throw error;
  }
  return { dataKey, recoveryKey: recovery.text };
}

/** Resolves to the data key, or rejects with WrongPassphraseError. */
export async function unlockWithPassphrase(db: SendDb, passphrase: string): Promise<CryptoKey> {
  return openVaultWithPassphrase(await requireVault(db), passphrase);
}

/** Resolves to the data key, or rejects with WrongRecoveryKeyError (or "not-a-recovery-key"). */
export async function unlockWithRecoveryKey(db: SendDb, recoveryKey: string): Promise<CryptoKey> {
  return openVaultWithRecoveryKey(await requireVault(db), recoveryKey);
}

/** Re-wraps the data key under a new passphrase. Records are not touched; the recovery key still works. */
export async function changePassphrase(
  db: SendDb,
  dataKey: CryptoKey,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<void> {
  requireLength(newPassphrase);
  const vault = await requireOwnVault(db, dataKey);
  const byPassphrase = await wrapDataKey(dataKey, newPassphrase, options.iterations ?? PBKDF2_ITERATIONS);
  const passphraseChangedAt = (options.now?.() ?? new Date()).toISOString();
  await db.put("meta", { ...vault, byPassphrase, passphraseChangedAt }, VAULT_KEY);
}

/** Makes a new recovery key (the old one stops working) and returns it to show once. */
export async function replaceRecoveryKey(db: SendDb, dataKey: CryptoKey, options: VaultOptions = {}): Promise<string> {
  const vault = await requireOwnVault(db, dataKey);
  const recovery = generateRecoveryKey();
  const byRecoveryKey = await wrapDataKey(dataKey, recovery.bytes, options.iterations ?? PBKDF2_ITERATIONS);
  await db.put("meta", { ...vault, byRecoveryKey }, VAULT_KEY);
  return recovery.text;
}

/**
 * After unlocking with the recovery key: wraps the data key under a new passphrase and a new recovery key
 * in one write, so the forgotten passphrase and the recovery key just used both stop working together.
 * Returns the new recovery key to show once.
 */
export async function resetAfterRecovery(
  db: SendDb,
  dataKey: CryptoKey,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<string> {
  requireLength(newPassphrase);
  const vault = await requireOwnVault(db, dataKey);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const recovery = generateRecoveryKey();
  const [byPassphrase, byRecoveryKey] = await Promise.all([
    wrapDataKey(dataKey, newPassphrase, iterations),
    wrapDataKey(dataKey, recovery.bytes, iterations),
  ]);
  const passphraseChangedAt = (options.now?.() ?? new Date()).toISOString();
  await db.put("meta", { ...vault, byPassphrase, byRecoveryKey, passphraseChangedAt }, VAULT_KEY);
  return recovery.text;
}

export async function requireOwnVault(db: SendDb, dataKey: CryptoKey): Promise<KeyVault> {
  const vault = await requireVault(db);
  if (!(await isVaultKey(vault, dataKey))) {
    throw new VaultError("wrong-data-key", "SEND Companion is unlocked with a different key from the one on this computer. Lock it and unlock again.");
  }
  return vault;
}

export function requireLength(passphrase: string) {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new VaultError("passphrase-too-short", `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

function alreadySetUp(cause: unknown) {
  return new VaultError("vault-exists", "Encryption is already set up on this computer. Unlock with your passphrase.", { cause });
}
