import { signal } from "@preact/signals";

/** A model holding decrypted records: it saves what is waiting before a lock, and forgets everything after it. */
export interface LockWatcher {
  flush?(): Promise<void>;
  clear(): void;
}

/** How long a lock waits for pending saves before locking anyway (a stuck save must not keep records open). */
export const LOCK_FLUSH_LIMIT_MS = 3_000;

/**
 * The models of one page that hold decrypted records, and the lock sequence over them: flush every pending save
 * (waiting at most LOCK_FLUSH_LIMIT_MS), run `forget` (drop the key), bump the generation, clear every model.
 * A second lock while one is under way joins it.
 */
export function createLockWatchers(forget: () => void) {
  const watchers = new Set<LockWatcher>();
  /** Bumped on every lock: a load that started before it must discard what it read. */
  const generation = signal(0);
  let locking: Promise<void> | null = null;

  return {
    generation,
    /** Registers a model that holds decrypted records; returns a function that unregisters it. */
    watch(watcher: LockWatcher): () => void {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    lock(): Promise<void> {
      locking ??= (async () => {
        const flushes = [...watchers].map((w) => w.flush?.().catch(() => {}));
        await Promise.race([Promise.all(flushes), new Promise((done) => setTimeout(done, LOCK_FLUSH_LIMIT_MS))]);
        forget();
        generation.value += 1;
        for (const w of watchers) w.clear();
      })().finally(() => (locking = null));
      return locking;
    },
  };
}
