import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createInterventionsModel } from "@/state/interventions-model";
import { InterventionCard } from "./InterventionCard";
import { InterventionForm } from "./InterventionForm";
import "./interventions.css";

/** The Interventions page of the workspace: the setting's group interventions, a form for a new one, and session logging. */
export function InterventionsWorkspace({ app }: { app: AppModel }) {
  const model = useMemo(() => createInterventionsModel({ stores: () => app.storage(), now: app.now }), [app]);
  const [adding, setAdding] = useState(false);
  useEffect(() => app.onLock({ flush: async () => {}, clear: model.clear }), [app, model]);
  useEffect(() => void model.load(), [model]);
  const today = app.now().toISOString().slice(0, 10);
  const names = new Map(model.register.value.map((p) => [p.id, p.name]));
  if (!model.loaded.value) return <p role="status">Opening your interventions…</p>;
  return (
    <div class="interventions">
      <h2>Interventions</h2>
      <p>Group and one-to-one interventions with their adult, timetable and pupils. Log each session once for the whole group.</p>
      {model.problem.value && <p class="error-message" role="alert">{model.problem.value}</p>}
      {model.unreadable.value > 0 && <p class="notice">{model.unreadable.value} intervention records could not be read and are not shown.</p>}
      {adding ? (
        <InterventionForm
          register={model.register.value}
          today={today}
          onCancel={() => setAdding(false)}
          onSave={async (values) => {
            const result = await model.create(values);
            if (result.ok) setAdding(false);
            return result.ok ? [] : result.errors;
          }}
        />
      ) : (
        <button type="button" class="button" onClick={() => setAdding(true)}>New intervention</button>
      )}
      {model.interventions.value.length === 0 && !adding && <p class="empty">No interventions yet.</p>}
      {model.interventions.value.map((i) => (
        <InterventionCard key={i.id} intervention={i} names={names} today={today} onLog={(entry) => model.logSession(i.id, entry)} />
      ))}
    </div>
  );
}
