import type { SendDb } from "./db";
import { invalidateRegister } from "./register-snapshot";
import { tombstoneKey, updateTombstones } from "./tombstones";

/**
 * Deletes a pupil, every APDR cycle of theirs (found by the cycles' pupil id index) and their cycle summary in one
 * transaction, with the register snapshot (which held them too): all go, or, if anything fails, none. Each leaves a tombstone, so a merge restore does not bring them back.
 * Returns the ids of the cycles that went with the pupil.
 */
export async function deletePupilAndCycles(db: SendDb, pupilId: string): Promise<string[]> {
  const tx = db.transaction(["pupils", "cycles", "summaries", "register", "meta"], "readwrite");
  const cycles = tx.objectStore("cycles");
  const cycleIds = await cycles.index("byPupil").getAllKeys(pupilId);
  const tombstones = [tombstoneKey("pupils", pupilId), ...cycleIds.map((id) => tombstoneKey("cycles", id))];
  await Promise.all([
    ...cycleIds.map((id) => cycles.delete(id)),
    tx.objectStore("pupils").delete(pupilId),
    tx.objectStore("summaries").delete(pupilId),
    invalidateRegister(tx as never),
    updateTombstones(tx as never, { add: tombstones }),
    tx.done,
  ]);
  return cycleIds;
}
