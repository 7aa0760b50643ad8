import type { RecordStoreName } from "./schema";

/** Records read per request: each page is decoded in its own task, so a large store never holds the page long. */
const PAGE = 400;

/** What is needed of a transaction (idb's IDBPTransaction over any of these stores has it). */
interface PagedReads<N extends RecordStoreName> {
  objectStore(name: N): {
    getAllKeys(): Promise<IDBValidKey[]>;
    getAll(query?: IDBKeyRange, count?: number): Promise<unknown[]>;
  };
}

/**
 * A store's records in key order, inside the caller's transaction: the same records one getAll gives, without
 * one task that decodes them all. The keys come first, then every page is asked for at once by its key range,
 * so the database reads page after page without waiting for the page to take each one.
 */
export async function readInPages<N extends RecordStoreName>(tx: PagedReads<N>, name: N, page = PAGE): Promise<{ id: string }[]> {
  const store = tx.objectStore(name);
  const keys = await store.getAllKeys();
  const pages: Promise<unknown[]>[] = [];
  for (let at = 0; at < keys.length; at += page) {
    pages.push(store.getAll(IDBKeyRange.bound(keys[at], keys[Math.min(at + page, keys.length) - 1]), page));
  }
  return (await Promise.all(pages)).flat() as { id: string }[];
}
