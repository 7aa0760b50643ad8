/**
 * Asks the browser to keep SEND Companion's data even when the disk runs low (it would otherwise be
 * "best effort" and could be cleared). With the "unlimitedStorage" permission the browser normally agrees at
 * once, without asking the user. Resolves to whether storage is persistent; false when the browser has no API.
 */
export async function askPersistentStorage(storage: Pick<StorageManager, "persist" | "persisted"> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
