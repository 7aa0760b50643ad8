import { AesGcmCodec, isAesGcmPayload } from "../vault/aes-gcm-codec";
import type { RecordStoreName } from "../schema";
import type { BackupBody } from "./backup-format";
import { backupErrors } from "./backup-errors";

type Stores = BackupBody["stores"];

/**
 * Re-encrypts every encrypted payload from the backup's data key to the current one (plain payloads,
 * such as frameworks, are copied as they are). Runs before any transaction opens; rejects as "damaged"
 * if any payload does not decrypt, so a merge never writes a record the current key cannot read.
 */
export async function rekeyStores(stores: Stores, from: CryptoKey, to: CryptoKey): Promise<Stores> {
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
  return {
    settings: await Promise.all(stores.settings.map(rekey("settings"))),
    frameworks: await Promise.all(stores.frameworks.map(rekey("frameworks"))),
    pupils: await Promise.all(stores.pupils.map(rekey("pupils"))),
    cycles: await Promise.all(stores.cycles.map(rekey("cycles"))),
    audits: await Promise.all(stores.audits.map(rekey("audits"))),
    interventions: await Promise.all(stores.interventions.map(rekey("interventions"))),
  };
}
