import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACTIVITY_SHARE_MS, watchIdle } from "@/state/idle-lock";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function pages() {
  const listeners = new Set<() => void>();
  const told: string[] = [];
  const shared = (name: string) => ({
    tell: () => {
      told.push(name);
      for (const l of listeners) l();
    },
    hear: (run: () => void) => (listeners.add(run), () => listeners.delete(run)),
  });
  return { shared, told };
}

describe("the idle lock with two pages open", () => {
  it("does not lock while the user works in the other page, and locks once nobody has touched either", async () => {
    const { shared, told } = pages();
    const panelTarget = new EventTarget();
    const workspaceTarget = new EventTarget();
    const onIdle = vi.fn();
    let clock = 0;
    const now = () => clock;
    watchIdle(() => 5, onIdle, panelTarget, shared("panel"), now);
    watchIdle(() => 5, () => {}, workspaceTarget, shared("workspace"), now);

    for (let minute = 1; minute <= 12; minute++) {
      clock += 60_000;
      vi.advanceTimersByTime(60_000);
      workspaceTarget.dispatchEvent(new Event("keydown"));
    }
    expect(onIdle).not.toHaveBeenCalled();
    expect(told.every((t) => t === "workspace")).toBe(true);
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).toHaveBeenCalledWith(5);
  });

  it("tells the other pages at most once every 20 seconds", () => {
    const { shared, told } = pages();
    const target = new EventTarget();
    let clock = 0;
    watchIdle(() => 5, () => {}, target, shared("panel"), () => clock);
    for (let i = 0; i < 10; i++) {
      target.dispatchEvent(new Event("pointermove"));
      clock += 1_000;
    }
    expect(told).toHaveLength(1);
    clock += ACTIVITY_SHARE_MS;
    target.dispatchEvent(new Event("pointermove"));
    expect(told).toHaveLength(2);
  });
});
