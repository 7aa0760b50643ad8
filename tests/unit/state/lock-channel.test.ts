import { describe, expect, it, vi } from "vitest";
import { broadcastLockChannel, LOCKED_ELSEWHERE } from "@/state/lock-channel";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();

describe("one lock across pages", () => {
  it("locks the other page when one locks, either way round, saying why", async () => {
    const { model: panel, openAnotherPage } = await newInstall();
    const workspace = await openAnotherPage();
    expect(workspace.status.value).toBe("locked");
    await workspace.unlock(PASSPHRASE);
    expect([panel.status.value, workspace.status.value]).toEqual(["ready", "ready"]);

    await panel.lock();
    await vi.waitFor(() => expect(workspace.status.value).toBe("locked"));
    expect(workspace.lockReason.value).toBe(LOCKED_ELSEWHERE);
    expect(workspace.generation.value).toBe(1);

    await panel.unlock(PASSPHRASE);
    await workspace.unlock(PASSPHRASE);
    await workspace.lock("SEND Companion locked itself after 5 minutes without activity.");
    await vi.waitFor(() => expect(panel.status.value).toBe("locked"));
    expect(panel.lockReason.value).toBe("SEND Companion locked itself after 5 minutes without activity.");
  }, 30_000);

  it("does not lock pages of another install, and ignores messages that are not a lock", async () => {
    const onLocked = vi.fn();
    const stop = broadcastLockChannel("install-a").listen(onLocked);
    broadcastLockChannel("install-b").announce(null);
    const stray = new BroadcastChannel("send-companion-lock:install-a");
    stray.postMessage({ kind: "unlocked", reason: null });
    stray.postMessage("locked");
    stray.close();
    broadcastLockChannel("install-a").announce("because");
    await vi.waitFor(() => expect(onLocked).toHaveBeenCalled());
    expect(onLocked.mock.calls).toEqual([["because"]]);
    stop();
  });
});
