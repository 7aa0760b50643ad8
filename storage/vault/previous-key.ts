import { aesGcmDecrypt } from "./data-key";
import { importDailyKey } from "./daily-key";
import type { KeyVault } from "./key-vault";

/** The previous data key (non-extractable) while a re-encryption is unfinished; undefined when there is none. */
export async function openPreviousKey(vault: KeyVault, dataKey: CryptoKey): Promise<CryptoKey | undefined> {
  if (!vault.previousKey) return undefined;
  const raw = new Uint8Array(await aesGcmDecrypt(dataKey, vault.previousKey.iv, vault.previousKey.ct));
  try {
    return await importDailyKey(raw);
  } finally {
    raw.fill(0);
  }
}
