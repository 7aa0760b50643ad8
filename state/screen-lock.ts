import type { LockChannel } from "./lock-channel";
import type { SharedUnlockKeeper } from "./shared-unlock";

/** What the lock screen says after the computer's screen locked. */
export const SCREEN_LOCKED = "SEND Companion locked when this computer's screen locked.";

/**
 * Background: when the computer's screen locks, lock every page. The pages hear the reason on the lock channel
 * (and start saving what is waiting), then the key leaves session storage, so a page opened afterwards, or
 * still open, cannot use it.
 */
export function lockWhenScreenLocks(onScreenLocked: (run: () => void) => void, shared: SharedUnlockKeeper, channel: LockChannel): void {
  onScreenLocked(() => {
    channel.announce(SCREEN_LOCKED);
    void shared.forget().catch(() => undefined);
  });
}
