/** Resolves after the page has had a turn (to paint and answer input), once `budgetMs` of work has passed. */
export type Pause = () => Promise<void>;

/** A pause that yields only when the last turn was `budgetMs` ago, so short work runs straight through. */
export function pauseEvery(budgetMs = 25): Pause {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    await (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
    since = performance.now();
  };
}
