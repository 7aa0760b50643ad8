import "@/state/zod-jitless";
import { render } from "preact";
import "@/components/ui/styles.css";
import { SidePanelApp } from "@/components/app/SidePanelApp";
import { createAppModel } from "@/state/app-model";
import { openAppDeps } from "@/state/boot";
import { idleLockMessage, watchIdle } from "@/state/idle-lock";
import { openWorkspace } from "@/platform/side-panel";
import { misBridge } from "@/platform/mis-bridge";
import { forgetAllSites } from "@/platform/mis-tabs";
import { askPersistentStorage } from "@/platform/persistent-storage";
import { extensionSessionKeyArea } from "@/platform/session-key-area";
import { requestRecount } from "@/platform/badge";
import { mountFailure } from "@/components/app/mount-failure";

const root = document.getElementById("app")!;
openAppDeps(undefined, { reviewDatesChanged: requestRecount, forgetMisAccess: forgetAllSites, sessionArea: extensionSessionKeyArea() })
  .then(async (deps) => {
    void askPersistentStorage();
    const model = createAppModel(deps);
    render(<SidePanelApp model={model} mis={misBridge} onOpenWorkspace={(route) => void openWorkspace(route ?? "#/framework")} />, root);
    watchIdle(() => model.setting.value?.lockAfterMinutes ?? 15, (minutes) => model.lock(idleLockMessage(minutes)), document, model.sharedActivity);
    await model.load();
    if (location.hash === "#demo" && model.status.value === "first-run") await model.startDemo();
  })
  .catch((e: unknown) => mountFailure(root, e));
