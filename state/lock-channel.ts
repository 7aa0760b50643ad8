import { z } from "zod";

/**
 * One Lock for every open SEND Companion page: when the side panel or the workspace locks (by the button
 * or the idle timer), it tells the others, which save what is waiting and lock too. Only the word "locked"
 * and the reason shown on the lock screen are sent, never a record; the channel stays inside the extension's origin.
 */
export interface LockChannel {
  announce(reason: string | null): void;
  /** Runs `onLocked` when another page locks; returns a function that stops listening. */
  listen(onLocked: (reason: string | null) => void): () => void;
  /** Tells the other pages the user is active here, so their idle timers start again (one lock, one idle time). */
  announceActivity?(): void;
  onActivity?(run: () => void): () => void;
}

const LockMessage = z.object({ kind: z.literal("locked"), reason: z.string().max(300).nullable() });
const ActivityMessage = z.object({ kind: z.literal("active") });

/** The lock channel for one database (tests give each fake database its own). */
export function broadcastLockChannel(dbName: string): LockChannel {
  const name = `send-companion-lock:${dbName}`;
  if (typeof BroadcastChannel === "undefined") return { announce: () => undefined, listen: () => () => undefined };
  const post = (message: z.infer<typeof LockMessage> | z.infer<typeof ActivityMessage>) => {
    const channel = new BroadcastChannel(name);
    channel.postMessage(message);
    channel.close();
  };
  const hear = <T>(schema: z.ZodType<T>, run: (message: T) => void) => {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = schema.safeParse(event.data);
      if (message.success) run(message.data);
    };
    return () => channel.close();
  };
  return {
    announce: (reason) => post({ kind: "locked", reason }),
    listen: (onLocked) => hear(LockMessage, (message) => onLocked(message.reason)),
    announceActivity: () => post({ kind: "active" }),
    onActivity: (run) => hear(ActivityMessage, () => run()),
  };
}

/** What the lock screen says in a page that was locked by another one. */
export const LOCKED_ELSEWHERE = "SEND Companion was locked in another window.";
