import { describe, expect, it, vi } from "vitest";
import { fakePupil } from "../../fixtures/graduated";
import { newInstalls } from "./new-install";

const newInstall = newInstalls();

describe("a page whose database another page closes", () => {
  it("forgets its key and says so when another page erases everything, and reopens to a fresh start", async () => {
    const { model: panel, openAnotherPage } = await newInstall({ shareUnlock: true });
    await panel.storage().pupils.put(fakePupil({ firstName: "Ada", lastName: "Example" }));
    const workspace = await openAnotherPage();
    expect(workspace.status.value).toBe("ready");
    const cleared = vi.fn();
    panel.onLock({ clear: cleared });

    await workspace.leaveDemo();
    expect(workspace.status.value).toBe("first-run");
    await vi.waitFor(() => expect(panel.status.value).toBe("closed"));
    expect(cleared).toHaveBeenCalledOnce();
    await expect(panel.storage().pupils.getAll()).rejects.toThrow();

    await panel.reopen();
    expect(panel.status.value).toBe("first-run");
  }, 30_000);
});
