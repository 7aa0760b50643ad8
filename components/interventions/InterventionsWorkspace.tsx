import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createInterventionsModel } from "@/state/interventions-model";
import { latestCycle, openCycle } from "@/graduated-approach/pupil-cycles";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import { UndoBar } from "@/components/ui/UndoBar";
import { InterventionCard } from "./InterventionCard";
import { InterventionForm } from "./InterventionForm";
import { InterventionPage } from "./InterventionPage";
import "./interventions.css";

const idFromHash = () => {
  const match = /^#\/interventions\/([^/]+)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
};

/** The Interventions page of the workspace: the list and a form for a new one, or one intervention's own page (#/interventions/<id>). */
export function InterventionsWorkspace({ app }: { app: AppModel }) {
  const model = useMemo(() => createInterventionsModel({ stores: () => app.storage(), now: app.now }), [app]);
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState(idFromHash);
  useEffect(() => app.onLock({ flush: async () => {}, clear: model.clear }), [app, model]);
  useEffect(() => void model.load(), [model]);
  useEffect(() => {
    const onHash = () => setOpenId(idFromHash());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const today = app.now().toISOString().slice(0, 10);
  const byPupil = useMemo(() => cyclesByPupil(model.cycles.value), [model.cycles.value]);
  const cycleOf = (pupilId: string) => {
    const theirs = byPupil.get(pupilId) ?? [];
    return (openCycle(theirs) ?? latestCycle(theirs))?.id;
  };
  if (!model.loaded.value) return <p role="status">Opening your interventions…</p>;
  const deleted = model.deleted.value;
  const undo = deleted && (
    <UndoBar message={`${deleted.name} deleted.`} onUndo={() => void model.restore()} onDismiss={model.dismissDeleted} />
  );
  const open = openId ? model.interventions.value.find((i) => i.id === openId) : undefined;
  if (openId && open) {
    return (
      <div class="interventions">
        {model.problem.value && <p class="error-message" role="alert">{model.problem.value}</p>}
        <InterventionPage
          key={open.id}
          intervention={open}
          register={model.register.value}
          framework={app.framework.value}
          today={today}
          cycleOf={cycleOf}
          onLog={(entry) => model.logSession(open.id, entry)}
          onEdit={(edit) => model.update(open.id, edit)}
          onDelete={() => void model.remove(open.id).then((message) => {
            if (!message) location.hash = "#/interventions";
          })}
        />
      </div>
    );
  }
  return (
    <div class="interventions">
      <h2>Interventions</h2>
      <p>Group and one-to-one interventions with their adult, timetable and pupils. Open one to log its sessions, change who is in it and enter entry and exit values.</p>
      {undo}
      {openId && <p class="notice">That intervention is no longer here. It may have been deleted.</p>}
      {model.problem.value && <p class="error-message" role="alert">{model.problem.value}</p>}
      {model.unreadable.value > 0 && <p class="notice">{model.unreadable.value} intervention records could not be read and are not shown.</p>}
      {adding ? (
        <InterventionForm
          register={model.register.value}
          today={today}
          catalogue={app.framework.value.catalogue}
          onCancel={() => setAdding(false)}
          onSave={async (values) => {
            const result = await model.create(values);
            if (result.ok) {
              setAdding(false);
              location.hash = `#/interventions/${encodeURIComponent(result.id)}`;
            }
            return result.ok ? [] : result.errors;
          }}
        />
      ) : (
        <button type="button" class="button" onClick={() => setAdding(true)}>New intervention</button>
      )}
      {model.interventions.value.length === 0 && !adding && <p class="empty">No interventions yet.</p>}
      <ul class="plain-list">
        {model.interventions.value.map((i) => <InterventionCard key={i.id} intervention={i} today={today} />)}
      </ul>
    </div>
  );
}
