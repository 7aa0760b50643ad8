import type { SendDb } from "../db";
import { passesKeyCheck } from "./data-key";
import { KeyVault } from "./key-vault";
import { parseRecoveryKey } from "./recovery-key";
import { damagedVault, noVault, WrongPassphraseError, WrongRecoveryKeyError } from "./vault-errors";
import { unwrapDataKey } from "./wrap";

const VAULT_KEY = "vault";

/** The stored vault, validated; undefined when there is none; a VaultError when it is damaged. */
export async function readVault(db: SendDb): Promise<KeyVault | undefined> {
  const stored = await db.get("meta", VAULT_KEY);
  if (stored === undefined) return undefined;
  return parseVault(stored);
}

export function parseVault(stored: unknown): KeyVault {
  const parsed = KeyVault.safeParse(stored);
  if (!parsed.success) throw damagedVault(parsed.error);
  return parsed.data;
}

export async function requireVault(db: SendDb): Promise<KeyVault> {
  const vault = await readVault(db);
  if (vault === undefined) throw noVault();
  return vault;
}

/** Unwraps a vault's data key with its passphrase; works on a vault from a backup file too. */
export async function openVaultWithPassphrase(vault: KeyVault, passphrase: string): Promise<CryptoKey> {
  const key = await unwrapDataKey(vault.byPassphrase, passphrase);
  if (key === undefined) throw new WrongPassphraseError();
  return checked(vault, key);
}

export async function openVaultWithRecoveryKey(vault: KeyVault, recoveryKey: string): Promise<CryptoKey> {
  const key = await unwrapDataKey(vault.byRecoveryKey, parseRecoveryKey(recoveryKey));
  if (key === undefined) throw new WrongRecoveryKeyError();
  return checked(vault, key);
}

/** True when `dataKey` is the key this vault wraps. */
export function isVaultKey(vault: KeyVault, dataKey: CryptoKey): Promise<boolean> {
  return passesKeyCheck(dataKey, vault.keyCheck);
}

async function checked(vault: KeyVault, key: CryptoKey): Promise<CryptoKey> {
  if (!(await isVaultKey(vault, key))) throw damagedVault();
  return key;
}

export { VAULT_KEY };
