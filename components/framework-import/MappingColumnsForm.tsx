import type { FrameworkMappingInput, MappingColumns } from "@/commitment-framework/import";
import { SelectField } from "@/components/ui/fields";

type Key = keyof Omit<MappingColumns, "area" | "areaSeparator">;

const FIELDS: { key: Key; label: string; hint?: string }[] = [
  { key: "text", label: "Statement text", hint: "Required: the words of each statement, descriptor or provision." },
  { key: "id", label: "Reference or id" },
  { key: "level", label: "Level or band" },
  { key: "phase", label: "Phase" },
  { key: "kind", label: "Kind (provision, descriptor or costed item)" },
  { key: "group", label: "Descriptor group" },
  { key: "strategies", label: "Strategies" },
  { key: "evidence", label: "Evidence" },
  { key: "hours", label: "Hours a week" },
  { key: "staffRole", label: "Staff role" },
  { key: "costCode", label: "Cost code" },
  { key: "rate", label: "Hourly rate (£)" },
  { key: "weeklyCap", label: "Weekly cap (£)" },
  { key: "groupSize", label: "Group size" },
  { key: "links", label: "Levels, areas or statements served" },
];

const DEPTHS = ["Area", "Sub-area", "Group of statements"];

/** Which column (or key) of the file holds each field. */
export function MappingColumnsForm({ draft, headers, nested, onChange }: { draft: FrameworkMappingInput; headers: string[]; nested: boolean; onChange: (d: FrameworkMappingInput) => void }) {
  const options = [{ value: "", label: "Not in this file" }, ...headers.map((h) => ({ value: h, label: h }))];
  const cols = draft.columns;
  const set = (patch: Partial<MappingColumns>) => onChange({ ...draft, columns: { ...cols, ...patch } });
  const area = cols.area ?? [];
  const setArea = (i: number, value: string) => {
    const next = [...area];
    next[i] = value;
    const kept = next.slice(0, 3).filter(Boolean);
    set({ area: kept.length ? kept : undefined });
  };
  return (
    <fieldset>
      <legend>Which column holds what</legend>
      {nested && <p class="hint">Areas come from the file's nesting (each level of the tree is an area, sub-area or group); you can add area columns too.</p>}
      <div class="mapping-grid">
        {DEPTHS.map((label, i) => (
          <SelectField key={label} id={`map-area-${i}`} label={`${label} column`} value={area[i] ?? ""} options={options} onChange={(v) => setArea(i, v)} />
        ))}
        {FIELDS.map((f) => (
          <SelectField key={f.key} id={`map-${f.key}`} label={f.label} hint={f.hint} value={cols[f.key] ?? ""} options={options} onChange={(v) => set({ [f.key]: v || undefined })} />
        ))}
      </div>
    </fieldset>
  );
}
