import type { IDBPTransaction, StoreNames } from "idb";
import { invalidateRegister } from "./register-snapshot";
import type { SendDbSchema } from "./schema";

const KEY = "summariesStale";

type WithMeta = Pick<IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite" | "versionchange">, "objectStore">;

/**
 * Marks every cycle summary as possibly out of date, inside the caller's transaction (which must include `meta`):
 * for writes that put cycles in place without going through the cycles store (a restore or a merge). A fresh
 * token each time, so a rebuild that read an earlier one does not clear this one.
 */
export async function markSummariesStale(tx: WithMeta): Promise<void> {
  await tx.objectStore("meta").put(crypto.randomUUID(), KEY);
}

/**
 * For writes that put pupils or cycles in place without their stores (a restore, a merge), inside the caller's
 * transaction (which must include `register` and `meta`): the summaries are marked stale and the register
 * snapshot goes, so the next unlock reads what was written.
 */
export async function markRegisterRewritten(tx: WithMeta): Promise<void> {
  await Promise.all([markSummariesStale(tx), invalidateRegister(tx)]);
}

/** The stale token, or undefined when every summary matches its cycles. */
export async function readSummariesStale(tx: Pick<IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readonly" | "readwrite">, "objectStore">): Promise<string | undefined> {
  const token = await tx.objectStore("meta").get(KEY);
  return typeof token === "string" ? token : undefined;
}

/** Clears the mark if it is still `token` (nothing marked the summaries stale again since it was read). */
export async function clearSummariesStale(tx: WithMeta & Pick<IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite">, "objectStore">, token: string): Promise<boolean> {
  const meta = tx.objectStore("meta");
  if ((await meta.get(KEY)) !== token) return false;
  await meta.delete(KEY);
  return true;
}
