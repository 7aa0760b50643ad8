import { BROAD_AREA_LABELS } from "@/commitment-framework/broad-area";
import { distinctValues, topAreaNames, type FrameworkMappingInput, type SourceRow } from "@/commitment-framework/import";
import { SelectField, TextField } from "@/components/ui/fields";

const TIERS = [
  { value: "universal", label: "Universal (tier 1)" },
  { value: "targeted", label: "Targeted (tier 2)" },
  { value: "targeted-plus", label: "Targeted Plus (tier 3)" },
  { value: "specialist", label: "Specialist (tier 4)" },
];

const PLACES = [
  { value: "", label: "Guess from its name" },
  ...Object.entries(BROAD_AREA_LABELS).map(([value, label]) => ({ value, label })),
  { value: "whole-setting", label: "Whole-setting heading" },
];

type Props = { draft: FrameworkMappingInput; rows: SourceRow[]; onChange: (d: FrameworkMappingInput) => void };

/** The file's own levels, each mapped to a tier (several may share one). */
export function MappingLevelsForm({ draft, rows, onChange }: Props) {
  const levels = draft.levels;
  const found = distinctValues(rows, draft.columns.level);
  const missing = found.filter((v) => !levels.some((l) => l.value.trim().toLowerCase() === v.toLowerCase()));
  const set = (i: number, patch: Partial<(typeof levels)[number]>) => onChange({ ...draft, levels: levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <fieldset>
      <legend>Levels and the tiers they count as</legend>
      <p class="hint">Keep the framework's own level names. Several levels may count as the same tier.</p>
      <table>
        <thead>
          <tr><th scope="col">In the file</th><th scope="col">Name to show</th><th scope="col">Counts as</th></tr>
        </thead>
        <tbody>
          {levels.map((l, i) => (
            <tr key={l.value}>
              <th scope="row">{l.value}</th>
              <td><TextField id={`level-name-${i}`} label={`Name for level ${l.value}`} value={l.name ?? ""} onInput={(name) => set(i, { name: name || undefined })} /></td>
              <td><SelectField id={`level-tier-${i}`} label={`Tier for level ${l.value}`} value={l.tier} options={TIERS} onChange={(tier) => set(i, { tier: tier as typeof l.tier })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <button type="button" class="button secondary" onClick={() => onChange({ ...draft, levels: [...levels, ...missing.map((value) => ({ value, tier: "targeted" as const }))] })}>
          Add {missing.length} level{missing.length === 1 ? "" : "s"} found in the file ({missing.join(", ")})
        </button>
      )}
    </fieldset>
  );
}

/** Where each top-level area sits: one of the four broad areas of need, or a whole-setting heading. */
export function MappingAreasForm({ draft, rows, onChange }: Props) {
  const names = topAreaNames(rows, draft.columns);
  const areas = draft.areas ?? {};
  return (
    <fieldset>
      <legend>Where each area sits</legend>
      <p class="hint">Pupils' needs, plans and the evidence pack link to areas through the four broad areas of need.</p>
      <div class="mapping-grid">
        {names.map((name, i) => (
          <SelectField
            key={name}
            id={`area-place-${i}`}
            label={name}
            value={areas[name] ?? ""}
            options={PLACES}
            onChange={(v) => {
              const next = { ...areas };
              if (v) next[name] = v as (typeof next)[string];
              else delete next[name];
              onChange({ ...draft, areas: next });
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
