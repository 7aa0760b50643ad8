import { useState } from "preact/hooks";
import { moveItem, newStatement, removeItem, updateItem } from "@/commitment-framework/edit-framework";
import { areaPath } from "@/commitment-framework/queries";
import type { Statement } from "@/commitment-framework/schema";
import { SelectField } from "@/components/ui/fields";
import { TextAreaField } from "@/components/ui/input-fields";
import type { FrameworkEditorModel } from "@/state/framework-editor-model";
import { ItemButtons } from "./ItemButtons";

const KINDS = [
  { value: "provision", label: "Provision" },
  { value: "need-descriptor", label: "Need descriptor" },
];

/** Statements and need descriptors of one area at a time: edit, move, add and remove, checked as you type. */
export function EditorStatements({ model }: { model: FrameworkEditorModel }) {
  const draft = model.draft.value;
  const [area, setArea] = useState(draft.areas[0]?.id ?? "");
  const areas = draft.areas.map((a) => ({ value: a.id, label: areaPath(draft, a.id).map((p) => p.name).join(" > ") }));
  const levels = draft.levels.map((l) => ({ value: l.id, label: l.name || l.id }));
  const groups = [{ value: "", label: "No group" }, ...draft.groups.map((g) => ({ value: g.id, label: g.name }))];
  const shown = draft.statements.map((s, i) => ({ s, i })).filter(({ s }) => s.area === area);
  const err = (i: number, field: string) => model.fieldErrors.value.get(`statements.${i}.${field}`);
  const put = (s: Statement, patch: Partial<Statement>) => model.set(updateItem(draft, "statements", s.id, patch));
  const add = (kind: Statement["kind"]) => model.set({ ...draft, statements: [...draft.statements, newStatement(draft, area, kind)] });
  return (
    <section aria-labelledby="editor-statements-title">
      <h3 id="editor-statements-title">Statements and need descriptors ({draft.statements.length})</h3>
      <SelectField id="editor-area" label="Show the statements in" value={area} options={areas} onChange={setArea} />
      {shown.length === 0 && <p class="empty">No statements in this area yet.</p>}
      {shown.map(({ s, i }) => (
        <div class="editor-item" key={s.id}>
          <TextAreaField id={`st-${i}-text`} label={`${s.id}: text`} value={s.text} error={err(i, "text")} onInput={(text) => put(s, { text })} />
          <div class="mapping-grid">
            <SelectField id={`st-${i}-kind`} label={`${s.id}: kind`} value={s.kind} options={KINDS} onChange={(kind) => put(s, { kind: kind as Statement["kind"], group: kind === "provision" ? undefined : s.group })} />
            <SelectField id={`st-${i}-level`} label={`${s.id}: level`} value={s.level} options={levels} error={err(i, "level")} onChange={(level) => put(s, { level })} />
            <SelectField id={`st-${i}-area`} label={`${s.id}: area`} value={s.area} options={areas} error={err(i, "area")} onChange={(a) => put(s, { area: a })} />
            {s.kind === "need-descriptor" && (
              <SelectField id={`st-${i}-group`} label={`${s.id}: descriptor group`} value={s.group ?? ""} options={groups} error={err(i, "group")} onChange={(g) => put(s, { group: g || undefined })} />
            )}
          </div>
          <ItemButtons label={s.id} onMove={(by) => model.set(moveItem(draft, "statements", s.id, by))} onRemove={() => model.set(removeItem(draft, "statements", s.id))} />
        </div>
      ))}
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => add("provision")}>Add a provision statement</button>
        <button type="button" class="button secondary" onClick={() => add("need-descriptor")}>Add a need descriptor</button>
      </div>
    </section>
  );
}
