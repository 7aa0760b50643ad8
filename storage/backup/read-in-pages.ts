import type { BACKUP_STORES } from "./backup-format";

/** Records read per request: each page is decoded in its own task, so a large store never holds the page long. */
const PAGE = 400;

type BackupStore = (typeof BACKUP_STORES)[number];

/** What is needed of a transaction (idb's IDBPTransaction over any of these stores has it). */
interface PagedReads<N extends BackupStore> {
  objectStore(name: N): { getAll(query?: IDBKeyRange, count?: number): Promise<unknown[]> };
}

/**
 * A store's records in key order, a page at a time (each page asked for as the last one arrives), inside the
 * caller's transaction: the same records one getAll gives, without one task that decodes them all.
 */
export async function readInPages<N extends BackupStore>(tx: PagedReads<N>, name: N, page = PAGE): Promise<{ id: string }[]> {
  const store = tx.objectStore(name);
  const all: { id: string }[] = [];
  for (let after: IDBKeyRange | undefined; ; ) {
    const records = (await store.getAll(after, page)) as { id: string }[];
    for (const record of records) all.push(record);
    if (records.length < page) return all;
    after = IDBKeyRange.lowerBound(records[records.length - 1]!.id, true);
  }
}
