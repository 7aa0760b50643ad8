import { moveItem, newCatalogueItem, removeItem, updateItem } from "@/commitment-framework/edit-framework";
import { areaPath } from "@/commitment-framework/queries";
import type { CatalogueItem } from "@/commitment-framework/schema";
import { CheckboxesField, TextField } from "@/components/ui/fields";
import type { FrameworkEditorModel } from "@/state/framework-editor-model";
import { ItemButtons } from "./ItemButtons";

/** "2.5" → 2.5, "bespoke" → "bespoke"; anything else is kept as typed for the schema to report. */
function readHours(text: string): CatalogueItem["hoursPerWeek"] {
  if (/^\s*bespoke\s*$/i.test(text)) return "bespoke";
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : (text as unknown as number);
}

const optionalNumber = (text: string) => (text.trim() === "" ? undefined : Number.isFinite(Number(text)) ? Number(text) : (text as unknown as number));

/** The costed provision catalogue: hours, role, rates, cap, group size and what each item serves. */
export function EditorCatalogue({ model }: { model: FrameworkEditorModel }) {
  const draft = model.draft.value;
  const err = (i: number, field: string) => model.fieldErrors.value.get(`catalogue.${i}.${field}`);
  const put = (c: CatalogueItem, patch: Partial<CatalogueItem>) => model.set(updateItem(draft, "catalogue", c.id, patch));
  const levels = draft.levels.map((l) => ({ value: l.id, label: l.name || l.id }));
  const areas = draft.areas.map((a) => ({ value: a.id, label: areaPath(draft, a.id).map((p) => p.name).join(" > ") }));
  return (
    <section aria-labelledby="editor-catalogue-title">
      <h3 id="editor-catalogue-title">Costed provision ({draft.catalogue.length})</h3>
      {draft.catalogue.map((c, i) => (
        <div class="editor-item" key={c.id}>
          <div class="mapping-grid">
            <TextField id={`cat-${i}-name`} label={`${c.id}: name`} value={c.name} error={err(i, "name")} onInput={(name) => put(c, { name })} />
            <TextField id={`cat-${i}-hours`} label={`${c.id}: hours a week`} hint="A number, or bespoke" value={String(c.hoursPerWeek)} error={err(i, "hoursPerWeek")} onInput={(v) => put(c, { hoursPerWeek: readHours(v) })} />
            <TextField id={`cat-${i}-role`} label={`${c.id}: staff role`} value={c.staffRole ?? ""} onInput={(v) => put(c, { staffRole: v || undefined })} />
            <TextField id={`cat-${i}-code`} label={`${c.id}: cost code`} value={c.costCode ?? ""} onInput={(v) => put(c, { costCode: v || undefined })} />
            <TextField id={`cat-${i}-rate`} label={`${c.id}: hourly rate (£)`} value={c.hourlyRate === undefined ? "" : String(c.hourlyRate)} error={err(i, "hourlyRate")} onInput={(v) => put(c, { hourlyRate: optionalNumber(v) })} />
            <TextField id={`cat-${i}-cap`} label={`${c.id}: weekly cap (£)`} value={c.weeklyCap === undefined ? "" : String(c.weeklyCap)} error={err(i, "weeklyCap")} onInput={(v) => put(c, { weeklyCap: optionalNumber(v) })} />
            <TextField id={`cat-${i}-group`} label={`${c.id}: group size`} value={String(c.groupSize)} error={err(i, "groupSize")} onInput={(v) => put(c, { groupSize: optionalNumber(v) ?? 1 })} />
          </div>
          <div class="mapping-grid">
            <CheckboxesField id={`cat-${i}-levels`} label={`${c.id}: serves levels`} values={c.links.levels} options={levels} onChange={(l) => put(c, { links: { ...c.links, levels: l } })} />
            <CheckboxesField id={`cat-${i}-areas`} label={`${c.id}: serves areas`} values={c.links.areas} options={areas} onChange={(a) => put(c, { links: { ...c.links, areas: a } })} />
          </div>
          <ItemButtons label={c.name || c.id} onMove={(by) => model.set(moveItem(draft, "catalogue", c.id, by))} onRemove={() => model.set(removeItem(draft, "catalogue", c.id))} />
        </div>
      ))}
      <button type="button" class="button secondary" onClick={() => model.set({ ...draft, catalogue: [...draft.catalogue, newCatalogueItem(draft)] })}>Add costed provision</button>
    </section>
  );
}
