import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createPupilsModel } from "@/state/pupils-model";
import { onPupilsChanged, onSettingChanged } from "@/state/records-changed";
import type { MisBridge } from "@/state/mis-bridge";
import { createMisFollowModel } from "@/state/mis-follow-model";
import { misSitesOfApp } from "@/state/mis-sites-model";
import { newPupilFromDetection } from "@/mis-pupil/match";
import { yearGroupFromBirth } from "@/graduated-approach/csv-import/values";
import { MisFollowBar } from "@/components/mis/MisFollowBar";
import { openReviewDates } from "@/graduated-approach/review-badge";
import { Notice } from "@/components/ui/fields";
import { UndoBar } from "@/components/ui/UndoBar";
import { announce } from "@/components/ui/announce";
import { lazyComponent } from "@/components/ui/lazy";
import "@/components/ui/graduated.css";
import { AppFrame } from "./AppFrame";
import { PupilsPanel, type PupilsRoute } from "./PupilsPanel";

// Shown on the Framework and Setting tabs, or only after a refused save: each loads when first shown.
const SaveConflictBar = lazyComponent(() => import("@/components/ui/SaveConflictBar").then((m) => m.SaveConflictBar));
const SettingSummary = lazyComponent(() => import("./SettingSummary").then((m) => m.SettingSummary));
const WorkspaceSettingLinks = lazyComponent(() => import("./WorkspaceSettingLinks").then((m) => m.WorkspaceSettingLinks));
const MisSitesSettings = lazyComponent(() => import("@/components/mis/MisSitesSettings").then((m) => m.MisSitesSettings));
const FrameworkBrowser = lazyComponent(() => import("@/components/framework-browser/FrameworkBrowser").then((m) => m.FrameworkBrowser));
const SettingCosts = lazyComponent(() => import("@/components/pupils/SettingCostsSection").then((m) => m.SettingCostsOf));

type PanelTab = "due" | "pupils" | "framework" | "setting";
const TABS: { id: PanelTab; label: string }[] = [
  { id: "due", label: "Due" },
  { id: "pupils", label: "Pupils" },
  { id: "framework", label: "Framework" },
  { id: "setting", label: "Setting" },
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** "#/pupil/<id>" or "#/pupil/<id>/cycle/<id>" (links from the workspace's interventions) open that pupil or cycle. */
function routeFromHash(): PupilsRoute | null {
  const match = /^#\/pupil\/([^/]+)(?:\/cycle\/([^/]+))?/.exec(location.hash);
  if (!match) return null;
  const pupilId = decodeURIComponent(match[1]!);
  return match[2] ? { view: "cycle", pupilId, cycleId: decodeURIComponent(match[2]) } : { view: "pupil", pupilId };
}

export function SidePanelApp({ model, mis, onOpenWorkspace }: { model: AppModel; mis: MisBridge; onOpenWorkspace: (route?: string) => void }) {
  const [tab, setTab] = useState<PanelTab>(() => (routeFromHash() ? "pupils" : "due"));
  const [route, setRoute] = useState<PupilsRoute>(() => routeFromHash() ?? { view: "due" });
  const pupils = useMemo(() => createPupilsModel(() => model.storage(), () => isoDay(model.now())), [model]);
  const status = model.status.value;
  const setting = model.setting.value;
  const today = isoDay(model.now());
  const sites = setting?.misSites ?? [];
  const follow = useMemo(() => createMisFollowModel({ bridge: mis, sites: () => model.setting.value?.misSites ?? [], pupils: () => pupils.pupils.value }), [mis, model, pupils]);
  const siteSettings = useMemo(() => misSitesOfApp(model, mis), [mis, model]);
  const loadInterventions = useMemo(() => async () => (await model.storage().interventions.getAll()).records, [model]);

  // On Lock: save edits still waiting, then forget every pupil and cycle (and any form filled from the MIS).
  useEffect(
    () =>
      model.onLock({
        flush: pupils.flush,
        clear: () => {
          pupils.clear();
          setRoute({ view: "due" });
          setTab("due");
        },
      }),
    [model, pupils],
  );

  useEffect(() => {
    if (status === "ready") void pupils.load();
  }, [status, model.pupilCount.value, setting, pupils]);

  // The Setting tab's costs need every pupil's plans: read them all when it opens.
  useEffect(() => {
    if (tab === "setting" && pupils.loaded.value) void pupils.loadAllCycles();
  }, [tab, pupils, pupils.loaded.value]);

  useEffect(() => onPupilsChanged(() => {
    if (model.status.value === "ready") void pupils.load();
  }, pupils.sender), [model, pupils]);
  // The workspace made a backup: the Due view's "Last backup" line follows.
  useEffect(() => onSettingChanged(() => void model.reloadSetting()), [model]);

  // Follow the MIS only while unlocked: what the page shows is matched against the register in memory.
  const following = status === "ready" && pupils.loaded.value && sites.length > 0;
  useEffect(() => (following ? follow.start() : undefined), [following, follow]);
  useEffect(() => {
    if (following) void follow.refresh();
  }, [following, follow, pupils.pupils.value, sites]);

  const reviewDates = pupils.loaded.value
    ? openReviewDates(pupils.summaries.value.values(), new Set(pupils.pupils.value.filter((p) => p.archivedOn).map((p) => p.id))).sort().join(",")
    : null;
  useEffect(() => {
    if (status === "ready" && reviewDates !== null) void model.publishReviewDates(reviewDates ? reviewDates.split(",") : []);
  }, [status, reviewDates, model]);

  const choose = (id: PanelTab) => {
    setTab(id);
    if (id === "due") setRoute({ view: "due" });
    if (id === "pupils") setRoute({ view: "list" });
  };
  const go = (next: PupilsRoute) => {
    setRoute(next);
    setTab(next.view === "due" ? "due" : "pupils");
    window.scrollTo?.(0, 0);
  };
  const undo = pupils.undoOffer.value;

  // Open the pupil the MIS shows, once each time it changes, unless the user is in the middle of a form.
  const onScreen = follow.onScreen.value;
  const followedId = onScreen.kind === "pupil" && onScreen.match.kind === "match" ? onScreen.match.pupilId : null;
  const lastFollowed = useRef<string | null>(null);
  useEffect(() => {
    if (followedId === lastFollowed.current) return;
    lastFollowed.current = followedId;
    if (followedId && route.view !== "form" && route.view !== "cycle") {
      go({ view: "pupil", pupilId: followedId });
      const p = pupils.pupilById(followedId);
      if (p) announce(`Showing ${p.firstName} ${p.lastName}, the pupil open in your MIS.`);
    }
  }, [followedId]);
  const addFromMis = (detected: Parameters<typeof newPupilFromDetection>[0]) => {
    const found = newPupilFromDetection(detected);
    const yearGroup = found.dateOfBirth ? yearGroupFromBirth(found.dateOfBirth, today) : undefined;
    go({ view: "form", back: route, prefill: { ...found, ...(yearGroup ? { yearGroup } : {}) } });
  };

  return (
    <AppFrame
      model={model}
      appName="SEND Companion"
      viewKey={`${tab} ${route.view} ${"pupilId" in route ? route.pupilId : ""} ${"cycleId" in route ? route.cycleId : ""}`}
      headerAction={
        <button type="button" class="button secondary" onClick={() => onOpenWorkspace()}>
          Open workspace
        </button>
      }
    >
      <nav class="tabs panel-tabs" aria-label="Side panel">
        {TABS.map((t) => (
          <button key={t.id} type="button" aria-current={tab === t.id ? "page" : undefined} onClick={() => choose(t.id)}>
            {t.label}
            {t.id === "due" && pupils.due.value.length > 0 && <span class="tab-count" aria-label={`, ${pupils.due.value.length} items`}>{pupils.due.value.length}</span>}
          </button>
        ))}
      </nav>
      {setting?.demo && tab !== "setting" && (
        <Notice kind="demo">
          <p>
            <strong>This is a demo school.</strong> Every pupil in it is made up. You can leave it from the Setting tab.
          </p>
        </Notice>
      )}
      {undo && (
        <UndoBar
          message={undo.message}
          onUndo={() => void pupils.undo().then(() => announce(undo.restoredMessage))}
          onDismiss={pupils.dismissUndo}
        />
      )}
      {pupils.conflict.value && (
        <SaveConflictBar
          label={pupils.conflict.value.label}
          theirs={pupils.conflict.value.theirs}
          onReload={() => void pupils.reloadTheirs().then(() => announce("Their version is shown."))}
          onKeepMine={() => void pupils.keepMine().then(() => announce("Your version is saved."))}
        />
      )}
      {pupils.problem.value && <p class="error-message" role="alert">{pupils.problem.value}</p>}
      {pupils.quarantined.value.length > 0 && (
        <p class="notice" role="note">
          {pupils.quarantined.value.length} stored record{pupils.quarantined.value.length === 1 ? "" : "s"} could not be read and {pupils.quarantined.value.length === 1 ? "is" : "are"} set aside. Nothing has been deleted.
        </p>
      )}
      {setting && (tab === "due" || tab === "pupils") && (
        <MisFollowBar
          onScreen={onScreen}
          paused={follow.paused.value}
          shownPupilId={route.view === "pupil" ? route.pupilId : undefined}
          describePupil={(id) => {
            const p = pupils.pupilById(id);
            return p ? `${p.firstName} ${p.lastName}` : "a pupil no longer in your register";
          }}
          onOpen={(pupilId) => go({ view: "pupil", pupilId })}
          onAdd={addFromMis}
          onPause={follow.pause}
          onResume={follow.resume}
        />
      )}
      {setting && (tab === "due" || tab === "pupils") && (
        <PupilsPanel
          pupils={pupils}
          framework={model.framework.value}
          today={today}
          route={route}
          onRoute={go}
          lastBackupOn={setting?.lastBackupOn}
          onOpenWorkspace={onOpenWorkspace}
          loadInterventions={loadInterventions}
        />
      )}
      {setting && tab === "setting" && (
        <>
          <SettingSummary setting={setting} framework={model.framework.value} pupilCount={model.pupilCount.value} onLeaveDemo={model.leaveDemo} />
          {pupils.allCyclesLoaded.value ? (
            <SettingCosts pupils={pupils.pupils.value} cycles={pupils.cycles.value} framework={model.framework.value} />
          ) : (
            <p role="status">Working out the costs of provision…</p>
          )}
          <MisSitesSettings sites={sites} model={siteSettings} />
          <WorkspaceSettingLinks onOpen={onOpenWorkspace} />
        </>
      )}
      {setting && tab === "framework" && (
        <FrameworkBrowser framework={model.framework.value} layout="panel" initialPhase={setting.phases.length === 1 ? setting.phases[0] : undefined} />
      )}
    </AppFrame>
  );
}
