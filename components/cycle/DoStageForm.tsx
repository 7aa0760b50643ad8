import { useState } from "preact/hooks";
import type { DoStage, Provision } from "@/graduated-approach/cycle-stages";
import { longDate } from "@/graduated-approach/long-date";
import { SelectField, TextField } from "@/components/ui/fields";
import { DateField } from "@/components/ui/input-fields";
import { RemoveButton } from "@/components/ui/RemoveButton";

export interface DoStageFormProps {
  stage: DoStage;
  provisions: Provision[];
  today: string;
  onChange: (stage: DoStage) => void;
}

/** The delivery log: each session of provision, delivered or missed. */
export function DoStageForm({ stage, provisions, today, onChange }: DoStageFormProps) {
  const [date, setDate] = useState(today);
  const [provisionId, setProvisionId] = useState(provisions[0]?.id ?? "");
  const [note, setNote] = useState("");
  const title = (id: string) => provisions.find((p) => p.id === id)?.title ?? "Provision removed from the plan";
  const chosen = provisions.some((p) => p.id === provisionId) ? provisionId : (provisions[0]?.id ?? "");
  const log = (delivered: boolean) => {
    onChange({ log: [...stage.log, { id: crypto.randomUUID(), date: date || today, provisionId: chosen, delivered, note }] });
    setNote("");
  };
  const entries = [...stage.log].sort((a, b) => b.date.localeCompare(a.date));

  if (provisions.length === 0) {
    return <p class="empty">The plan has no provision yet. Add provision under Plan, then log each session here.</p>;
  }
  return (
    <div class="stage-form">
      <h3>Log a session</h3>
      <SelectField id="do-provision" label="Provision" value={chosen} options={provisions.map((p) => ({ value: p.id, label: p.title }))} onChange={setProvisionId} />
      <DateField id="do-date" label="Date" value={date} onChange={setDate} />
      <TextField id="do-note" label="Note (optional)" value={note} onInput={setNote} />
      <div class="button-row">
        <button type="button" class="button" onClick={() => log(true)}>Delivered</button>
        <button type="button" class="button secondary" onClick={() => log(false)}>Missed</button>
      </div>

      <h3>Sessions logged</h3>
      <ul class="summary-counts">
        {provisions.map((p) => {
          const mine = stage.log.filter((e) => e.provisionId === p.id);
          const done = mine.filter((e) => e.delivered).length;
          return <li key={p.id}>{p.title}: {done} delivered, {mine.length - done} missed</li>;
        })}
      </ul>
      {entries.length === 0 ? (
        <p class="empty">No sessions logged yet.</p>
      ) : (
        <ul class="log-list" aria-label="Delivery log">
          {entries.map((e) => (
            <li key={e.id}>
              <span class={`badge ${e.delivered ? "ok" : "missed"}`}>{e.delivered ? "Delivered" : "Missed"}</span> {longDate(e.date)}: {title(e.provisionId)}
              {e.note && <span class="hint"> ({e.note})</span>}
              <RemoveButton question={`Remove the entry for ${longDate(e.date)}?`} focusAfter="do-date" onRemove={() => onChange({ log: stage.log.filter((x) => x.id !== e.id) })}>
                Remove<span class="visually-hidden"> the entry for {longDate(e.date)}</span>
              </RemoveButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
