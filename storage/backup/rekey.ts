import { AesGcmCodec, isAesGcmPayload } from "../vault/aes-gcm-codec";
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
  const rekey = async <E extends { payload?: unknown }>(envelope: E): Promise<E> => {
    if (!isAesGcmPayload(envelope.payload)) return envelope;
    let value: unknown;
    try {
      value = await source.decode(envelope.payload);
    } catch (error) {
      throw backupErrors.damaged(error);
    }
    return { ...envelope, payload: await target.encode(value) };
  };
  return {
    settings: await Promise.all(stores.settings.map(rekey)),
    frameworks: await Promise.all(stores.frameworks.map(rekey)),
    pupils: await Promise.all(stores.pupils.map(rekey)),
    cycles: await Promise.all(stores.cycles.map(rekey)),
    audits: await Promise.all(stores.audits.map(rekey)),
    interventions: await Promise.all(stores.interventions.map(rekey)),
    strategies: await Promise.all(stores.strategies.map(rekey)),
  };
}
