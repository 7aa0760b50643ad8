import { AesGcmCodec, isAesGcmPayload } from "../vault/aes-gcm-codec";
import type { RecordStoreName } from "../schema";
import type { BackupBody } from "./backup-format";
import { backupErrors } from "./backup-errors";
import { pauseEvery, type Pause } from "../pause";

type Stores = BackupBody["stores"];

/** Milliseconds of work a merge does per turn (see merge-plan.ts): its work per record leaves much garbage. */
export const MERGE_TURN_MS = 12;

/**
 * Re-encrypts every encrypted payload from the backup's data key to the current one (plain payloads,
 * such as frameworks, are copied as they are). Runs before any transaction opens; rejects as "damaged"
 * if any payload does not decrypt, so a merge never writes a record the current key cannot read. One record at a
 * time, with pauses between (WebCrypto works on the calling thread): a large school's records never hold the page.
 */
export async function rekeyStores(stores: Stores, from: CryptoKey, to: CryptoKey, pause: Pause = pauseEvery(MERGE_TURN_MS)): Promise<Stores> {
  const source = new AesGcmCodec(from);
  const target = new AesGcmCodec(to);
  const rekey = (store: RecordStoreName) => async <E extends { id: string; rev?: number; payload?: unknown }>(envelope: E): Promise<E> => {
    if (!isAesGcmPayload(envelope.payload)) return envelope;
    const where = { store, id: envelope.id, rev: envelope.rev ?? 0 };
    let value: unknown;
    try {
      value = await source.decode(envelope.payload, where);
    } catch (error) {
      throw backupErrors.damaged(error);
    }
    return { ...envelope, payload: await target.encode(value, where) };
  };
  const each = async <E extends { id: string; rev?: number; payload?: unknown }>(store: RecordStoreName, list: readonly E[]): Promise<E[]> => {
    const out: E[] = [];
    for (const envelope of list) {
      out.push(await rekey(store)(envelope));
      await pause();
    }
    return out;
  };
  return {
    settings: await each("settings", stores.settings),
    frameworks: await each("frameworks", stores.frameworks),
    pupils: await each("pupils", stores.pupils),
    cycles: await each("cycles", stores.cycles),
    audits: await each("audits", stores.audits),
    interventions: await each("interventions", stores.interventions),
    strategies: await each("strategies", stores.strategies),
  };
}
