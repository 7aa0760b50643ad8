import { describe, expect, it } from "vitest";
import { newInstalls, PASSPHRASE } from "./new-install";

const NEW_PASSPHRASE = "purple otter lantern meadow";
const newInstall = newInstalls();

describe("unlocking with the recovery key", () => {
  it("asks for a new passphrase before anything opens, then issues a new recovery key; the old key and passphrase stop working", async () => {
    const { model, firstKey } = await newInstall();
    expect(model.status.value).toBe("ready");
    await model.lock();
    await model.unlockWithRecoveryKey(firstKey);
    expect(model.status.value).toBe("reset-passphrase");
    await model.saveSetting({ name: "Fictional Fields Academy", phases: ["school"], frameworkId: model.framework.value.id });
    expect(model.status.value, "a refresh does not skip the new passphrase").toBe("reset-passphrase");

    await model.resetPassphrase(NEW_PASSPHRASE);
    expect(model.status.value).toBe("recovery-key");
    const secondKey = model.recoveryKey.value ?? "";
    expect(secondKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(secondKey).not.toBe(firstKey);
    await model.recoveryKeySaved();
    expect(model.status.value).toBe("ready");

    await model.lock();
    await expect(model.unlockWithRecoveryKey(firstKey)).rejects.toThrow(/recovery key/i);
    await expect(model.unlock(PASSPHRASE)).rejects.toThrow(/passphrase/i);
    expect(model.status.value).toBe("locked");
    await model.unlock(NEW_PASSPHRASE);
    expect(model.status.value).toBe("ready");
    await model.lock();
    await model.unlockWithRecoveryKey(secondKey);
    expect(model.status.value).toBe("reset-passphrase");
  }, 60_000);

  it("leaves the old recovery key working when the page locks before a new passphrase is set", async () => {
    const { model, firstKey } = await newInstall();
    await model.lock();
    await model.unlockWithRecoveryKey(firstKey);
    await model.lock();
    expect(model.status.value).toBe("locked");
    await model.unlockWithRecoveryKey(firstKey);
    expect(model.status.value).toBe("reset-passphrase");
  }, 60_000);

  it("makes a new recovery key from Security: shown once, the old one stops working, the new one unlocks", async () => {
    const { model, firstKey } = await newInstall();
    await model.newRecoveryKey();
    expect(model.status.value).toBe("recovery-key");
    const secondKey = model.recoveryKey.value ?? "";
    expect(secondKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4})+$/);
    expect(secondKey).not.toBe(firstKey);
    await model.recoveryKeySaved();
    expect([model.status.value, model.recoveryKey.value]).toEqual(["ready", null]);
    await model.lock();
    await expect(model.unlockWithRecoveryKey(firstKey)).rejects.toThrow(/recovery key/i);
    await model.unlockWithRecoveryKey(secondKey);
    expect(model.status.value).toBe("reset-passphrase");
  }, 60_000);
});
