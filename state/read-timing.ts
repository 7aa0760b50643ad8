/**
 * Names a store read in the browser's performance timeline ("send-companion:read pupils"), so DevTools and
 * `npm run bench` can see how long each store took against a raw IndexedDB read. Holds no record data.
 */
export function timedRead<T>(store: string, read: Promise<T>): Promise<T> {
  const start = performance.now();
  return read.then((result) => {
    performance.measure(`send-companion:read ${store}`, { start, end: performance.now() });
    return result;
  });
}

/** Marks where loading the records begins (after the key is derived), for the same timeline. */
export function markLoadStart(): void {
  performance.mark("send-companion:load-start");
}
