import type { SendDb } from "./db";

/**
 * Deletes a pupil and every APDR cycle of theirs (found by the cycles' pupil id index) in one transaction:
 * both go, or, if anything fails, neither. Returns how many cycles went with the pupil.
 */
export async function deletePupilAndCycles(db: SendDb, pupilId: string): Promise<number> {
  const tx = db.transaction(["pupils", "cycles"], "readwrite");
  const cycles = tx.objectStore("cycles");
  const cycleIds = await cycles.index("byPupil").getAllKeys(pupilId);
  await Promise.all([...cycleIds.map((id) => cycles.delete(id)), tx.objectStore("pupils").delete(pupilId), tx.done]);
  return cycleIds.length;
}
