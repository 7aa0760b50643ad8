import { useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { FrameworkBrowser } from "@/components/framework-browser/FrameworkBrowser";
import { AppFrame } from "./AppFrame";
import { SettingSummary } from "./SettingSummary";

type PanelView = "home" | "framework";
const VIEWS: { id: PanelView; label: string }[] = [
  { id: "home", label: "Home" },
  { id: "framework", label: "Framework" },
];

export function SidePanelApp({ model, onOpenWorkspace }: { model: AppModel; onOpenWorkspace: () => void }) {
  const [view, setView] = useState<PanelView>("home");
  const setting = model.setting.value;
  return (
    <AppFrame
      model={model}
      headerAction={
        <button type="button" class="button secondary" onClick={onOpenWorkspace}>
          Open workspace
        </button>
      }
    >
      <nav class="tabs" aria-label="Side panel">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-current={view === v.id ? "page" : undefined} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      {setting && view === "home" && (
        <SettingSummary setting={setting} framework={model.framework.value} pupilCount={model.pupilCount.value} onLeaveDemo={model.leaveDemo} />
      )}
      {setting && view === "framework" && (
        <FrameworkBrowser framework={model.framework.value} layout="panel" initialPhase={setting.phases.length === 1 ? setting.phases[0] : undefined} />
      )}
    </AppFrame>
  );
}
