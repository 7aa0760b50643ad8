import type { FrameworkMappingInput, Inspection } from "@/commitment-framework/import";
import { SelectField, TextField } from "@/components/ui/fields";

type Source = NonNullable<FrameworkMappingInput["source"]>;

/** How the file is read: which sheet, which row holds the column names, or which key names the nodes of a nested file. */
export function MappingSourceForm({ inspection, source, onChange }: { inspection: Extract<Inspection, { ok: true }>; source: Source; onChange: (s: Source) => void }) {
  if (inspection.kind === "json") {
    return (
      <fieldset>
        <legend>Reading the file</legend>
        <TextField id="map-node-name" label="Key that names each area, sub-area or group" hint="In a nested file, the key each level of the tree is called by." value={source.nodeName ?? "name"} onInput={(nodeName) => onChange({ ...source, nodeName: nodeName || undefined })} />
      </fieldset>
    );
  }
  const sheets = inspection.sheets ?? [];
  return (
    <fieldset>
      <legend>Reading the file</legend>
      <div class="mapping-grid">
        {sheets.length > 1 && (
          <SelectField id="map-sheet" label="Sheet" value={source.sheet ?? sheets[0]!} options={sheets.map((s) => ({ value: s, label: s }))} onChange={(sheet) => onChange({ ...source, sheet })} />
        )}
        <TextField
          id="map-header-row"
          label="Row with the column names"
          hint="Rows above it (titles, notes) are skipped."
          value={String(source.headerRow ?? inspection.headerRow ?? 1)}
          onInput={(v) => Number.isInteger(Number(v)) && Number(v) >= 1 && onChange({ ...source, headerRow: Number(v) })}
        />
      </div>
    </fieldset>
  );
}
