import type { FrameworkMappingInput } from "@/commitment-framework/import";
import { TextField } from "@/components/ui/fields";

type Details = FrameworkMappingInput["framework"];
const FIELDS: { key: keyof Omit<Details, "phases">; label: string; hint?: string }[] = [
  { key: "name", label: "Framework name" },
  { key: "localAuthority", label: "Local authority" },
  { key: "version", label: "Version", hint: "Change this for each new version of the file." },
  { key: "published", label: "Published (YYYY-MM-DD)" },
  { key: "id", label: "Framework id", hint: "Keep it the same for every version of this framework." },
];

/** What the framework is called, whose it is, and which version. */
export function MappingDetailsForm({ draft, onChange }: { draft: FrameworkMappingInput; onChange: (d: FrameworkMappingInput) => void }) {
  return (
    <fieldset>
      <legend>About this framework</legend>
      <div class="mapping-grid">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={`map-fw-${f.key}`}
            label={f.label}
            hint={f.hint}
            value={String(draft.framework[f.key] ?? "")}
            onInput={(v) => onChange({ ...draft, framework: { ...draft.framework, [f.key]: v } })}
          />
        ))}
      </div>
    </fieldset>
  );
}
