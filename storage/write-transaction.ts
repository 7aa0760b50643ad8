/** What `allOrNothing` needs of a readwrite transaction (idb's IDBPTransaction has both). */
interface WriteTransaction {
  done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` inside a readwrite transaction and makes it all-or-nothing. `work` passes every request it queues to
 * `track`; the result comes once all of them and the transaction are done. If anything fails (a request, or an
 * error `work` throws, such as a stale revision) the transaction is aborted, so writes already queued are undone,
 * and the error is reported once: the one thrown, or the transaction's own failure when it had aborted already.
 */
export async function allOrNothing<T>(tx: WriteTransaction, work: (track: (request: Promise<unknown>) => void) => Promise<T>): Promise<T> {
  const pending: Promise<unknown>[] = [];
  const track = (request: Promise<unknown>) => {
    request.catch(() => {}); // reported once, below, not as an unhandled rejection
    pending.push(request);
  };
  track(tx.done);
  try {
    const result = await work(track);
    await Promise.all(pending);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already over (aborted by a failed request): report the transaction's own failure instead.
      throw await tx.done.then(() => error, (failure: unknown) => failure);
    }
    throw error;
  }
}
