import { afterEach } from "vitest";
import { createAppModel } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { memorySessionKeyArea } from "@/state/shared-unlock";
import { deleteSendDb } from "@/storage";

export const PASSPHRASE = "correct horse battery staple";

/**
 * A fresh install (its own fake-indexeddb database) with a made-up setting and a passphrase, unlocked;
 * returns the app model and the first recovery key. Call in a test file once to delete the databases after each test.
 */
export function newInstalls() {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((name) => deleteSendDb(name)));
  });
  /** `shareUnlock`: the pages share one session area, as the extension's pages share chrome.storage.session. */
  return async ({ shareUnlock = false }: { shareUnlock?: boolean } = {}) => {
    const name = `install-${crypto.randomUUID()}`;
    names.push(name);
    const sessionArea = shareUnlock ? memorySessionKeyArea() : undefined;
    const model = createAppModel(await openAppDeps(name, { sessionArea }));
    await model.load();
    await model.saveSetting({ name: "Fictional Fields Academy", phases: ["school"], frameworkId: model.framework.value.id });
    await model.createPassphrase(PASSPHRASE);
    const firstKey = model.recoveryKey.value ?? "";
    await model.recoveryKeySaved();
    /** Another page of the same install, e.g. the workspace beside the side panel, loaded and still locked. */
    const openAnotherPage = async () => {
      const other = createAppModel(await openAppDeps(name, { sessionArea }));
      await other.load();
      return other;
    };
    return { model, firstKey, openAnotherPage, dbName: name, sessionArea };
  };
}
