/** Locks the app after a period with no keyboard, pointer or scroll activity on the page. */
export function watchIdle(minutes: () => number, onIdle: (minutes: number) => void, target: EventTarget = document): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    const m = minutes();
    timer = setTimeout(() => onIdle(m), m * 60_000);
  };
  const events = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart", "focusin"];
  for (const e of events) target.addEventListener(e, restart, { passive: true });
  restart();
  return () => {
    clearTimeout(timer);
    for (const e of events) target.removeEventListener(e, restart);
  };
}

export function idleLockMessage(minutes: number): string {
  return `SEND Companion locked itself after ${minutes} ${minutes === 1 ? "minute" : "minutes"} without activity.`;
}
