import { describe, expect, it, vi } from "vitest";
import { askPersistentStorage } from "@/platform/persistent-storage";

describe("askPersistentStorage", () => {
  it("asks for persistence when storage is not yet persistent, and reports the answer", async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await askPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it("does not ask again when storage is already persistent", async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await askPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it("is false, not an error, when the browser refuses or has no storage manager", async () => {
    const refusing = { persisted: vi.fn(async () => false), persist: vi.fn(async () => Promise.reject(new Error("no"))) };
    expect(await askPersistentStorage(refusing)).toBe(false);
    expect(await askPersistentStorage(undefined)).toBe(false);
  });
});
