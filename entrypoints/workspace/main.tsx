import "@/state/zod-jitless";
import { render } from "preact";
import "@/components/ui/styles.css";
import { WorkspaceApp } from "@/components/app/WorkspaceApp";
import { createAppModel } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { idleLockMessage, watchIdle } from "@/state/idle-lock";
import { mountFailure } from "@/components/app/mount-failure";
import { misBridge } from "@/platform/mis-bridge";
import { forgetAllSites } from "@/platform/mis-tabs";
import { askPersistentStorage } from "@/platform/persistent-storage";
import { extensionSessionKeyArea } from "@/platform/session-key-area";

const root = document.getElementById("app")!;
openAppDeps(undefined, { forgetMisAccess: forgetAllSites, sessionArea: extensionSessionKeyArea() })
  .then(async (deps) => {
    void askPersistentStorage();
    const model = createAppModel(deps);
    render(<WorkspaceApp model={model} mis={misBridge} />, root);
    watchIdle(() => model.setting.value?.lockAfterMinutes ?? 15, (minutes) => model.lock(idleLockMessage(minutes)), document, model.sharedActivity);
    await model.load();
  })
  .catch((e: unknown) => mountFailure(root, e));
