import { describe, expect, it, vi } from "vitest";
import { createSharedUnlock, memorySessionKeyArea, SharedUnlock } from "@/state/shared-unlock";
import { broadcastLockChannel, LOCKED_ELSEWHERE } from "@/state/lock-channel";
import { lockWhenScreenLocks, SCREEN_LOCKED } from "@/state/screen-lock";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();

async function extractableKey() {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
}

describe("the session key module", () => {
  it("shares the raw key with the session area and keeps only a non-extractable copy that works", async () => {
    const area = memorySessionKeyArea();
    const shared = createSharedUnlock(area);
    const original = await extractableKey();
    const kept = await shared.share(original, "key-1", false);
    expect(kept.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", kept)).rejects.toThrow();

    const entry = SharedUnlock.parse(await area.read());
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", original));
    expect([entry.keyId, entry.mustResetPassphrase, entry.key]).toEqual(["key-1", false, Buffer.from(raw).toString("base64")]);

    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, kept, new TextEncoder().encode("Ada Example"));
    const adopted = await createSharedUnlock(area).adopt();
    expect(adopted?.key.extractable).toBe(false);
    expect(new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv }, adopted!.key, sealed))).toBe("Ada Example");
    expect((await shared.wrappable())?.extractable).toBe(true);
  });

  it("adopts nothing once forgotten, or from an entry that is not a key, and tells listeners of both changes", async () => {
    const area = memorySessionKeyArea();
    const shared = createSharedUnlock(area);
    const heard: boolean[] = [];
    shared.onChange((unlocked) => heard.push(unlocked));
    await shared.share(await extractableKey(), "key-1", true);
    await shared.forget();
    await vi.waitFor(() => expect(heard).toEqual([true, false]));
    expect(await shared.adopt()).toBeUndefined();
    expect(await shared.wrappable()).toBeUndefined();
    await area.write({ v: 1, keyId: "key-1", key: "not base64 of a key", mustResetPassphrase: false } as never);
    expect(await shared.adopt()).toBeUndefined();
  });
});

describe("one unlock for every page", () => {
  it("opens a page straight to its screen when another is unlocked, and a Lock in either locks both and empties the session", async () => {
    const { model: panel, openAnotherPage, sessionArea } = await newInstall({ shareUnlock: true });
    expect(panel.status.value).toBe("ready");
    const workspace = await openAnotherPage();
    expect(workspace.status.value, "no passphrase typed in the workspace").toBe("ready");
    expect(workspace.storage().pupils).toBeDefined();
    expect((await workspace.storage().pupils.getAll()).records).toEqual([]);

    await workspace.lock();
    await vi.waitFor(() => expect(panel.status.value).toBe("locked"));
    expect(panel.lockReason.value).toBe(LOCKED_ELSEWHERE);
    expect(await sessionArea!.read()).toBeUndefined();
    const later = await openAnotherPage();
    expect(later.status.value, "a page opened after Lock is locked").toBe("locked");

    await panel.unlock(PASSPHRASE);
    await vi.waitFor(() => expect([workspace.status.value, later.status.value]).toEqual(["ready", "ready"]));
    await panel.lock("SEND Companion locked itself after 5 minutes without activity.");
    await vi.waitFor(() => expect([workspace.status.value, later.status.value]).toEqual(["locked", "locked"]));
    expect(workspace.lockReason.value).toBe("SEND Companion locked itself after 5 minutes without activity.");
  }, 30_000);

  it("after a recovery-key unlock, every page asks for the new passphrase, then opens once it is set", async () => {
    const { model: panel, firstKey, openAnotherPage } = await newInstall({ shareUnlock: true });
    await panel.lock();
    await panel.unlockWithRecoveryKey(firstKey);
    expect(panel.status.value).toBe("reset-passphrase");
    const workspace = await openAnotherPage();
    expect(workspace.status.value).toBe("reset-passphrase");
    await panel.resetPassphrase("purple otter lantern meadow");
    await vi.waitFor(() => expect(workspace.status.value).toBe("ready"));
    await new Promise((settled) => setTimeout(settled, 100));
    expect(panel.status.value, "the page that set it still shows its new recovery key").toBe("recovery-key");
    expect(panel.recoveryKey.value).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
  }, 60_000);

  it("does not adopt a key left in the session from another install's vault", async () => {
    const first = await newInstall({ shareUnlock: true });
    const second = await newInstall({ shareUnlock: true });
    await second.model.lock();
    await first.sessionArea!.read().then((entry) => second.sessionArea!.write(SharedUnlock.parse(entry)));
    const page = await second.openAnotherPage();
    expect(page.status.value).toBe("locked");
  }, 30_000);

  it("locks every page when the computer's screen locks (chrome.idle reports \"locked\")", async () => {
    const { model: panel, openAnotherPage, sessionArea, dbName } = await newInstall({ shareUnlock: true });
    const workspace = await openAnotherPage();
    let screenLocked = () => {};
    lockWhenScreenLocks((run) => (screenLocked = run), createSharedUnlock(sessionArea!), broadcastLockChannel(dbName));
    expect([panel.status.value, workspace.status.value]).toEqual(["ready", "ready"]);
    screenLocked();
    await vi.waitFor(() => expect([panel.status.value, workspace.status.value]).toEqual(["locked", "locked"]));
    expect([panel.lockReason.value, workspace.lockReason.value]).toEqual([SCREEN_LOCKED, SCREEN_LOCKED]);
    expect(await sessionArea!.read()).toBeUndefined();
    expect(await openAnotherPage().then((p) => p.status.value)).toBe("locked");
  }, 30_000);
});
