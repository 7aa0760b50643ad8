/**
 * The single step every stored record passes through: `encode` before it is written,
 * `decode` after it is read. Swapping the codec (for example to AES-GCM encryption)
 * changes how every record is kept, in one place.
 *
 * Codecs may be asynchronous, so stores encode before they open a transaction and
 * decode after it has finished: nothing but the transaction's own requests is awaited inside one.
 */
export interface RecordCodec {
  encode(value: unknown, where: RecordPlace): Promise<unknown>;
  decode(payload: unknown, where: RecordPlace): Promise<unknown>;
}

/**
 * Where a payload belongs: its store, its id and the revision it is written as (0 for a record saved before
 * records carried revisions). An encrypting codec binds these to the ciphertext, so a payload copied to another
 * record, or an older payload put back under a newer revision, fails to decode.
 */
export interface RecordPlace {
  store: string;
  id: string;
  rev: number;
}

/** Stores values as they are (plain, structured-cloneable JSON). For data that is not personal. */
export const plainCodec: RecordCodec = {
  encode: async (value) => value,
  decode: async (payload) => payload,
};
