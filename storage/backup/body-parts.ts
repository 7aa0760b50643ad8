/** Records per message from the backup worker: each message is decoded on the page in its own short task. */
const RECORDS_PER_PART = 200;

/** Some records of one store of a backup's contents. */
export interface BodyPart {
  store: string;
  records: unknown[];
}

/**
 * A read backup's contents for posting from the worker: the contents with each store's list emptied (the
 * frame), and the lists in parts of a few hundred records. Contents without such lists are all frame.
 */
export function splitForPosting(body: unknown): { frame: unknown; parts: BodyPart[] } {
  const stores = storesOf(body);
  if (!stores) return { frame: body, parts: [] };
  const parts: BodyPart[] = [];
  for (const [store, records] of Object.entries(stores)) {
    for (let at = 0; at < records.length; at += RECORDS_PER_PART) parts.push({ store, records: records.slice(at, at + RECORDS_PER_PART) });
  }
  const emptied = Object.fromEntries(Object.keys(stores).map((name) => [name, []]));
  return { frame: { ...(body as object), stores: emptied }, parts };
}

/** The inverse of splitForPosting: the frame with each part's records put back, in order. */
export function joinPosted(frame: unknown, parts: readonly BodyPart[]): unknown {
  const stores = storesOf(frame);
  if (!stores || parts.length === 0) return frame;
  const filled: Record<string, unknown[]> = Object.fromEntries(Object.keys(stores).map((name) => [name, [...stores[name]!]]));
  for (const part of parts) {
    if (!Object.hasOwn(filled, part.store)) throw new Error(`records came for a store the contents do not have (${JSON.stringify(part.store)})`);
    const list = filled[part.store]!;
    for (const record of part.records) list.push(record);
  }
  return { ...(frame as object), stores: filled };
}

function storesOf(body: unknown): Record<string, unknown[]> | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const stores = (body as { stores?: unknown }).stores;
  if (typeof stores !== "object" || stores === null || Array.isArray(stores)) return undefined;
  return Object.values(stores).every(Array.isArray) ? (stores as Record<string, unknown[]>) : undefined;
}
