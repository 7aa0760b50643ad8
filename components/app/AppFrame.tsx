import type { ComponentChildren } from "preact";
import type { AppModel } from "@/state/app-model";
import { FirstRunForm } from "@/components/first-run/FirstRunForm";

/** Loading, failure and first-run states shared by the side panel and the workspace. */
export function AppFrame({ model, children, headerAction }: { model: AppModel; children: ComponentChildren; headerAction?: ComponentChildren }) {
  const status = model.status.value;
  return (
    <>
      <header class="app-header">
        <div>
          <h1>SEND Companion</h1>
          {model.setting.value && <span class="setting-name">{model.setting.value.name}</span>}
        </div>
        {status === "ready" && headerAction}
      </header>
      <main class="app-main" id="main">
        {status === "loading" && <p role="status">Opening SEND Companion…</p>}
        {status === "failed" && (
          <div class="error-summary" role="alert">
            <h2>Something went wrong</h2>
            <p>{model.problem.value}</p>
            <p>Nothing has been deleted. Close this panel and open it again; if this keeps happening, restore from your last backup.</p>
          </div>
        )}
        {status === "first-run" && (
          <FirstRunForm frameworks={model.frameworkChoices.value} onSave={model.saveSetting} onTryDemo={model.startDemo} />
        )}
        {status === "ready" && children}
      </main>
    </>
  );
}
