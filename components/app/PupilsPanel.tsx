import { useEffect, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { PupilFilter } from "@/graduated-approach/pupil-filters";
import type { PupilFormValues } from "@/graduated-approach/pupil-form";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import type { PupilsModel } from "@/state/pupils-model";
import type { Intervention } from "@/provision-map/intervention";
import { lastBackupText } from "@/school-setting/last-backup";
import { DueView } from "@/components/due/DueView";
import { PupilList } from "@/components/pupils/PupilList";
import { announce } from "@/components/ui/announce";
import { lazyComponent } from "@/components/ui/lazy";

// Not needed for the first screen (the Due view or the register), so they load when first opened.
const CycleEditor = lazyComponent(() => import("@/components/cycle/CycleEditor").then((m) => m.CycleEditor));
const PupilForm = lazyComponent(() => import("@/components/pupils/PupilForm").then((m) => m.PupilForm));
const PupilPage = lazyComponent(() => import("@/components/pupils/PupilPage").then((m) => m.PupilPage));
const IspView = lazyComponent(() => import("@/components/support-plan/IspView").then((m) => m.IspView));

export type PupilsRoute =
  | { view: "due" }
  | { view: "list" }
  | { view: "pupil"; pupilId: string }
  | { view: "isp"; pupilId: string }
  | { view: "form"; pupilId?: string; back: PupilsRoute; prefill?: Partial<PupilFormValues> }
  | { view: "cycle"; pupilId: string; cycleId: string; startedFromReview?: number };

export interface PupilsPanelProps {
  pupils: PupilsModel;
  framework: Framework;
  today: string;
  route: PupilsRoute;
  onRoute: (route: PupilsRoute) => void;
  /** The day of the last backup, if any, from the setting. */
  lastBackupOn?: string;
  /** Opens the workspace at a route, e.g. a group intervention's page. */
  onOpenWorkspace?: (route?: string) => void;
  /** The setting's group interventions, for the support plan (read when it opens). */
  loadInterventions?: () => Promise<Intervention[]>;
}

/** The Due and Pupils tabs: joins the pupils model to the presentational screens. */
export function PupilsPanel({ pupils: model, framework, today, route, onRoute, lastBackupOn, onOpenWorkspace, loadInterventions }: PupilsPanelProps) {
  const [filter, setFilter] = useState<PupilFilter>({});
  const showing = route.view === "pupil" ? route.pupilId : null;
  // Groups and audits are edited in the workspace, so read them afresh each time a pupil page opens.
  useEffect(() => {
    if (showing && model.loaded.value) void model.loadGroupsAndAudit();
  }, [showing, model, model.loaded.value]);
  const now = () => new Date().toISOString();
  const pupil = "pupilId" in route && route.pupilId ? model.pupilById(route.pupilId) : undefined;
  // A pupil's cycles are read when their page (or a cycle, or their support plan) first opens.
  const needsCycles = pupil && route.view !== "form" ? pupil.id : null;
  useEffect(() => {
    if (needsCycles && model.loaded.value) void model.ensureCycles(needsCycles);
  }, [needsCycles, model, model.loaded.value]);

  if (!model.loaded.value) return <p role="status">Loading pupils…</p>;
  if (needsCycles && pupil && !model.cyclesReady(needsCycles)) return <p role="status">Loading {pupil.firstName} {pupil.lastName}'s cycles…</p>;
  switch (route.view) {
    case "due":
      return (
        <DueView
          items={model.due.value}
          lastBackup={lastBackupText(lastBackupOn, today)}
          noPupils={model.pupils.value.every((p) => p.archivedOn)}
          describePupil={(id) => {
            const p = model.pupilById(id);
            return p ? `${p.firstName} ${p.lastName}, ${yearGroupLabel(p.yearGroup)}` : "Unknown pupil";
          }}
          onOpenPupil={(pupilId) => onRoute({ view: "pupil", pupilId })}
          onAddPupil={() => onRoute({ view: "form", back: route })}
        />
      );
    case "list":
      return (
        <PupilList
          pupils={model.pupils.value}
          summaryOf={model.summaryOf}
          framework={framework}
          today={today}
          filter={filter}
          onFilter={setFilter}
          onOpen={(pupilId) => onRoute({ view: "pupil", pupilId })}
          onAdd={() => onRoute({ view: "form", back: route })}
        />
      );
    case "form":
      return (
        <PupilForm
          key={route.pupilId ?? JSON.stringify(route.prefill ?? {})}
          framework={framework}
          pupil={pupil}
          prefill={route.prefill}
          now={now}
          onCancel={() => onRoute(route.back)}
          onSave={async (saved) => {
            if (pupil) await model.editPupil(saved);
            else await model.addPupil(saved);
            onRoute({ view: "pupil", pupilId: saved.id });
            announce(`${saved.firstName} ${saved.lastName} ${pupil ? "saved" : "added"}.`);
          }}
        />
      );
    case "pupil":
      if (!pupil) return <NotFound onBack={() => onRoute({ view: "list" })} />;
      return (
        <PupilPage
          pupil={pupil}
          cycles={model.cyclesOf(pupil.id)}
          framework={framework}
          today={today}
          onBack={() => onRoute({ view: "list" })}
          onEdit={() => onRoute({ view: "form", pupilId: pupil.id, back: route })}
          onArchive={() => void model.archivePupil(pupil.id)}
          onRestore={() => void model.restorePupil(pupil.id)}
          onDelete={() => {
            void model.deletePupil(pupil.id);
            onRoute({ view: "list" });
          }}
          onOpenCycle={(cycleId) => onRoute({ view: "cycle", pupilId: pupil.id, cycleId })}
          onStartCycle={async () => {
            const cycle = await model.openCycle(pupil.id);
            onRoute({ view: "cycle", pupilId: pupil.id, cycleId: cycle.id });
          }}
          onDeleteCycle={(cycleId) => void model.deleteCycle(cycleId)}
          onAddMeeting={(meeting) => model.addMeeting(pupil.id, meeting)}
          onDescriptorsChange={(descriptors) => void model.editPupil({ ...pupil, descriptors })}
          interventions={model.interventions.value}
          onOpenGroup={onOpenWorkspace ? (id) => onOpenWorkspace(`#/interventions/${encodeURIComponent(id)}`) : undefined}
          onOpenSupportPlan={() => onRoute({ view: "isp", pupilId: pupil.id })}
          evidencePack={{
            settingName: model.settingName.value,
            latestAudit: model.latestAudit.value,
            interventions: model.interventions.value,
            now: () => new Date(),
            onExported: (kind, pseudonymised) => model.recordExport(pupil.id, kind, pseudonymised),
          }}
        />
      );
    case "isp":
      if (!pupil) return <NotFound onBack={() => onRoute({ view: "list" })} />;
      return (
        <IspView
          pupil={pupil}
          cycles={model.cyclesOf(pupil.id)}
          framework={framework}
          settingName={model.settingName.value}
          today={today}
          now={() => new Date()}
          loadInterventions={loadInterventions ?? (async () => [])}
          onBack={() => onRoute({ view: "pupil", pupilId: pupil.id })}
        />
      );
    case "cycle": {
      const cycle = model.cycleById(route.cycleId);
      if (!pupil || !cycle) return <NotFound onBack={() => onRoute({ view: "list" })} />;
      return (
        <>
          <button type="button" class="button link back" onClick={() => void model.flush().then(() => onRoute({ view: "pupil", pupilId: pupil.id }))}>
            Back to {pupil.firstName} {pupil.lastName}
          </button>
          <CycleEditor
            key={cycle.id}
            notice={route.startedFromReview ? `Cycle ${route.startedFromReview} is reviewed and closed. This cycle starts from it: outcomes not yet met and the provision you kept are already in the plan. Check them, then set the next review date.` : undefined}
            initialStage={route.startedFromReview ? "plan" : undefined}
            pupil={pupil}
            cycle={cycle}
            framework={framework}
            today={today}
            saveState={model.conflict.value?.kind === "cycle" && model.conflict.value.id === cycle.id ? "conflict" : model.saveState.value}
            onChange={model.updateCycle}
            onCloseReview={async (review) => {
              await model.flush();
              const next = await model.closeReview(cycle.id, review);
              onRoute({ view: "cycle", pupilId: pupil.id, cycleId: next.id, startedFromReview: cycle.number });
            }}
          />
        </>
      );
    }
  }
}

function NotFound({ onBack }: { onBack: () => void }) {
  return (
    <div class="empty-state">
      <p class="empty">This pupil or cycle is no longer here. It may have been deleted.</p>
      <button type="button" class="button secondary" onClick={onBack}>Back to pupils</button>
    </div>
  );
}
