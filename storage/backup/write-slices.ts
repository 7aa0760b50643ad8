/** Milliseconds of queuing writes before the page gets a turn. */
const SLICE_MS = 12;

/**
 * Inside a transaction the page cannot simply pause (a transaction with nothing pending commits once the page
 * takes a turn), so a long run of writes gives way by waiting for its latest write instead: call the returned
 * function with each write queued, and once `budgetMs` of queuing has passed it waits for that write to be done,
 * leaving the page free meanwhile. The cut is by time, not by count: a slow, busy computer gets more turns.
 */
export function waitForWritesEvery(budgetMs = SLICE_MS): (write: Promise<unknown>) => Promise<void> {
  let since = performance.now();
  return async (write) => {
    if (performance.now() - since < budgetMs) return;
    await write;
    since = performance.now();
  };
}
