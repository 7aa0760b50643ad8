/** Activity shared between the open pages (the lock channel): work in one page keeps the others open. */
export interface SharedActivity {
  tell(): void;
  hear(run: () => void): () => void;
}

/** How often at most a page tells the others it is in use. */
export const ACTIVITY_SHARE_MS = 20_000;

/**
 * Locks the app after a period with no keyboard, pointer or scroll activity on the page, or on any other open
 * SEND Companion page when `shared` is given (one unlock for all pages means one idle time for all).
 */
export function watchIdle(
  minutes: () => number,
  onIdle: (minutes: number) => void,
  target: EventTarget = document,
  shared?: SharedActivity,
  now: () => number = Date.now,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let toldAt = -Infinity;
  const restart = () => {
    clearTimeout(timer);
    const m = minutes();
    timer = setTimeout(() => onIdle(m), m * 60_000);
  };
  const active = () => {
    restart();
    if (shared && now() - toldAt >= ACTIVITY_SHARE_MS) {
      toldAt = now();
      shared.tell();
    }
  };
  const events = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart", "focusin"];
  for (const e of events) target.addEventListener(e, active, { passive: true });
  const stopHearing = shared?.hear(restart);
  restart();
  return () => {
    clearTimeout(timer);
    stopHearing?.();
    for (const e of events) target.removeEventListener(e, active);
  };
}

export function idleLockMessage(minutes: number): string {
  return `SEND Companion locked itself after ${minutes} ${minutes === 1 ? "minute" : "minutes"} without activity.`;
}
