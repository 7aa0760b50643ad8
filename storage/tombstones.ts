import type { IDBPTransaction, StoreNames } from "idb";
import type { RecordStoreName, SendDbSchema } from "./schema";

const KEY = "tombstones";

export const tombstoneKey = (store: RecordStoreName, id: string): string => `${store}/${id}`;

type WithMeta = IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite">;

/** Reads the tombstones inside a transaction that includes `meta`; anything malformed reads as none. */
export async function readTombstones(tx: Pick<WithMeta, "objectStore">): Promise<Record<string, string>> {
  const stored = await tx.objectStore("meta").get(KEY);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Adds and removes tombstones inside the caller's transaction, which must include `meta`. Resolves when the
 * write is queued; the caller's transaction commits it with everything else or not at all.
 */
export async function updateTombstones(
  tx: Pick<WithMeta, "objectStore">,
  change: { add?: readonly string[]; remove?: readonly string[]; at?: string },
): Promise<void> {
  const add = change.add ?? [];
  const remove = change.remove ?? [];
  if (add.length === 0 && remove.length === 0) return;
  const current = await readTombstones(tx);
  const gone = remove.filter((key) => key in current);
  if (add.length === 0 && gone.length === 0) return;
  const at = change.at ?? new Date().toISOString();
  const next = { ...current };
  for (const key of gone) delete next[key];
  for (const key of add) next[key] = at;
  await tx.objectStore("meta").put(next, KEY);
}
