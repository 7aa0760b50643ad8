import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { FrameworkBrowser } from "@/components/framework-browser/FrameworkBrowser";
import { FrameworkImport } from "@/components/framework-import/FrameworkImport";
import { FrameworkEditor } from "@/components/framework-editor/FrameworkEditor";
import { AuditWorkspace } from "@/components/self-audit/AuditWorkspace";
import { LaView } from "@/components/self-audit/LaView";
import { ImportPupils } from "@/components/import/ImportPupils";
import { InterventionsWorkspace } from "@/components/interventions/InterventionsWorkspace";
import { ProvisionMapWorkspace } from "@/components/interventions/ProvisionMapWorkspace";
import { MisSitesSettings } from "@/components/mis/MisSitesSettings";
import type { MisBridge } from "@/state/mis-bridge";
import { misSitesOfApp } from "@/state/mis-sites-model";
import { AppFrame } from "./AppFrame";
import { BackupPanel } from "./BackupPanel";
import { EraseEverything } from "./EraseEverything";
import { CostOverridesForm } from "./CostOverridesForm";
import { FrameworkChoice } from "./FrameworkChoice";
import { SecuritySettings } from "./SecuritySettings";
import { SettingSummary } from "./SettingSummary";

const ROUTES = [
  { hash: "#/framework", label: "Framework" },
  { hash: "#/framework-import", label: "Import framework" },
  { hash: "#/framework-editor", label: "Edit framework" },
  { hash: "#/audit", label: "Self-audit" },
  { hash: "#/la-view", label: "Compare settings" },
  { hash: "#/interventions", label: "Interventions" },
  { hash: "#/provision-map", label: "Provision map" },
  { hash: "#/import", label: "Import pupils" },
  { hash: "#/setting", label: "Setting" },
] as const;
type Route = (typeof ROUTES)[number]["hash"];

function currentRoute(): Route {
  return ROUTES.find((r) => r.hash === location.hash || location.hash.startsWith(`${r.hash}/`))?.hash ?? "#/framework";
}

export function WorkspaceApp({ model, mis }: { model: AppModel; mis: MisBridge }) {
  const [route, setRoute] = useState<Route>(currentRoute);
  const [hash, setHash] = useState(location.hash);
  const siteSettings = useMemo(() => misSitesOfApp(model, mis), [mis, model]);
  useEffect(() => {
    const onHash = () => {
      setRoute(currentRoute());
      setHash(location.hash);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const setting = model.setting.value;
  // "#/setting/backup" (from the side panel) opens Setting at that section, with focus on its heading.
  const section = /^#\/setting\/(\w+)/.exec(hash)?.[1];
  const ready = model.status.value === "ready";
  useEffect(() => {
    if (!section || !ready) return;
    let tries = 30;
    const find = () => {
      const heading = document.getElementById(`${section}-title`);
      if (!heading) return void (tries-- > 0 && requestAnimationFrame(find));
      heading.setAttribute("tabindex", "-1");
      heading.scrollIntoView({ block: "start" });
      heading.focus();
    };
    requestAnimationFrame(find);
  }, [section, ready]);
  return (
    <AppFrame model={model} appName="SEND Companion workspace" viewKey={hash}>
      <nav class="tabs" aria-label="Workspace">
        {ROUTES.map((r) => (
          <a key={r.hash} href={r.hash} aria-current={route === r.hash ? "page" : undefined}>
            {r.label}
          </a>
        ))}
      </nav>
      {setting && route === "#/framework" && (
        <FrameworkBrowser framework={model.framework.value} layout="workspace" initialPhase={setting.phases.length === 1 ? setting.phases[0] : undefined} />
      )}
      {setting && route === "#/framework-import" && <FrameworkImport app={model} />}
      {setting && route === "#/framework-editor" && <FrameworkEditor app={model} />}
      {setting && route === "#/audit" && <AuditWorkspace app={model} />}
      {setting && route === "#/la-view" && <LaView framework={model.framework.value} />}
      {setting && route === "#/interventions" && <InterventionsWorkspace app={model} />}
      {setting && route === "#/provision-map" && <ProvisionMapWorkspace app={model} />}
      {setting && route === "#/import" && <ImportPupils model={model} />}
      {setting && route === "#/setting" && (
        <>
          <SettingSummary setting={setting} framework={model.framework.value} pupilCount={model.pupilCount.value} onLeaveDemo={model.leaveDemo} />
          <FrameworkChoice model={model} />
          <CostOverridesForm model={model} />
          <MisSitesSettings sites={setting.misSites} model={siteSettings} />
          <SecuritySettings model={model} />
          <BackupPanel onBackup={model.makeBackup} loadStrength={model.loadPassphraseChecker} onRestore={model.restoreBackup} today={model.now().toISOString().slice(0, 10)} />
          <EraseEverything onErase={model.leaveDemo} />
        </>
      )}
    </AppFrame>
  );
}
