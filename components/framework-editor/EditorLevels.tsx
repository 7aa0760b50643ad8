import { moveItem, newLevel, removeItem, updateItem } from "@/commitment-framework/edit-framework";
import { SelectField, TextField } from "@/components/ui/fields";
import type { FrameworkEditorModel } from "@/state/framework-editor-model";
import { ItemButtons } from "./ItemButtons";

/** The framework's own levels and the tier each counts as. */
export function EditorLevels({ model }: { model: FrameworkEditorModel }) {
  const draft = model.draft.value;
  const err = (i: number, field: string) => model.fieldErrors.value.get(`levels.${i}.${field}`);
  const tiers = draft.tiers.map((t) => ({ value: t.id, label: t.name }));
  return (
    <section aria-labelledby="editor-levels-title">
      <h3 id="editor-levels-title">Levels ({draft.levels.length})</h3>
      {draft.levels.map((l, i) => (
        <div class="editor-item" key={l.id}>
          <div class="mapping-grid">
            <TextField id={`lv-${i}-id`} label={`Level ${i + 1} id`} value={l.id} error={err(i, "id")} onInput={(id) => model.set(updateItem(draft, "levels", l.id, { id }))} />
            <TextField id={`lv-${i}-name`} label={`Level ${i + 1} name`} value={l.name} error={err(i, "name")} onInput={(name) => model.set(updateItem(draft, "levels", l.id, { name }))} />
            <SelectField id={`lv-${i}-tier`} label={`Level ${i + 1} counts as`} value={l.tier} options={tiers} error={err(i, "tier")} onChange={(tier) => model.set(updateItem(draft, "levels", l.id, { tier }))} />
          </div>
          <ItemButtons label={`level ${l.name || l.id}`} onMove={(by) => model.set(moveItem(draft, "levels", l.id, by))} onRemove={() => model.set(removeItem(draft, "levels", l.id))} />
        </div>
      ))}
      <button type="button" class="button secondary" onClick={() => model.set({ ...draft, levels: [...draft.levels, newLevel(draft)] })}>Add a level</button>
    </section>
  );
}
