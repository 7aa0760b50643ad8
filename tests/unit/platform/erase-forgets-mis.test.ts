import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { forgetAllSites } from "@/platform/mis-tabs";
import { READER_SCRIPT_ID } from "@/platform/mis-protocol";
import { createAppModel } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { deleteSendDb } from "@/storage";

const SITES = ["https://mis.example.test/*", "https://other-mis.example.test/*"];

/** The fake browser leaves scripting and permissions unimplemented: a small model of both stands in. */
function fakeMisAccess() {
  const registered = new Set<string>([READER_SCRIPT_ID]);
  const granted = new Set(SITES);
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) =>
    [...registered].filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id, matches: [...granted] })),
  ) as never;
  fakeBrowser.scripting.unregisterContentScripts = vi.fn(async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...registered]) registered.delete(id);
  }) as never;
  fakeBrowser.permissions.getAll = vi.fn(async () => ({ permissions: ["storage", "scripting"], origins: [...granted] })) as never;
  fakeBrowser.permissions.remove = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  }) as never;
  return { registered, granted };
}

beforeEach(() => fakeBrowser.reset());

describe("forgetAllSites", () => {
  it("unregisters the MIS page reader and removes every granted site", async () => {
    const { registered, granted } = fakeMisAccess();
    await forgetAllSites();
    expect([...registered]).toEqual([]);
    expect([...granted]).toEqual([]);
  });

  it("still removes the other sites when one cannot be removed", async () => {
    const { granted } = fakeMisAccess();
    const remove = fakeBrowser.permissions.remove;
    fakeBrowser.permissions.remove = vi.fn(async (p: { origins?: string[] }) => {
      if (p.origins?.[0] === SITES[0]) throw new Error("You cannot remove required permissions.");
      return remove(p);
    }) as never;
    await forgetAllSites();
    expect([...granted]).toEqual([SITES[0]]);
  });
});

describe("Erase everything", () => {
  const name = `erase-mis-${crypto.randomUUID()}`;
  afterEach(() => deleteSendDb(name));

  it("forgets the MIS reader and sites once the data is gone", async () => {
    const { registered, granted } = fakeMisAccess();
    const model = createAppModel(await openAppDeps(name, { forgetMisAccess: forgetAllSites }));
    await model.load();
    await model.saveSetting({ name: "Fictional Fields Academy", phases: ["school"], frameworkId: model.framework.value.id });
    expect(registered.size).toBe(1);
    await model.leaveDemo();
    expect(model.status.value).toBe("first-run");
    expect([...registered]).toEqual([]);
    expect([...granted]).toEqual([]);
  });
});
