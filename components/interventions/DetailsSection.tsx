import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { FUNDING_SOURCE_LABELS, FundingSource, type Intervention } from "@/provision-map/intervention";
import { setDetails, type EditResult, type InterventionDetails } from "@/provision-map/roster-edit";
import { SelectField, TextField } from "@/components/ui/fields";

export interface DetailsSectionProps {
  intervention: Intervention;
  framework: Framework;
  onEdit(edit: (i: Intervention, now: string) => EditResult): Promise<string | null>;
}

/** Funding source, start time and place, area of need and tier: what the totals, grid and timetable are built from. */
export function DetailsSection({ intervention: i, framework, onEdit }: DetailsSectionProps) {
  const id = i.id;
  const [d, setD] = useState<InterventionDetails>({
    fundingSource: i.fundingSource,
    startTime: i.schedule.startTime ?? "",
    place: i.schedule.place ?? "",
    area: i.area ?? "",
    tier: i.tier ?? "",
  });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<InterventionDetails>) => {
    setD({ ...d, ...change });
    setSaved(false);
  };
  const save = async () => {
    const message = await onEdit((x, now) => setDetails(x, d, now));
    setError(message);
    setSaved(!message);
  };
  const needAreas = framework.areas.filter((a) => a.kind === "need" && !a.parent);
  return (
    <section aria-labelledby={`${id}-details`} class="page-section">
      <h3 id={`${id}-details`}>Funding, time and place</h3>
      <SelectField
        id={`${id}-funding`}
        label="Funding source"
        value={d.fundingSource}
        options={FundingSource.options.map((f) => ({ value: f, label: FUNDING_SOURCE_LABELS[f] }))}
        onChange={(v) => set({ fundingSource: v as FundingSource })}
      />
      <TextField id={`${id}-time`} label="Start time (optional)" hint="24-hour clock, like 09:15. Needed for the staff timetable and clash checks." value={d.startTime ?? ""} error={error ?? undefined} onInput={(v) => set({ startTime: v.trim() })} />
      <TextField id={`${id}-place`} label="Place (optional)" hint="For example, the library" value={d.place ?? ""} onInput={(v) => set({ place: v })} />
      <SelectField
        id={`${id}-area`}
        label="Area of need"
        value={d.area ?? ""}
        options={[{ value: "", label: i.statementId ? "From its framework statement" : "Not recorded" }, ...needAreas.map((a) => ({ value: a.id, label: a.name }))]}
        onChange={(v) => set({ area: v })}
      />
      <SelectField
        id={`${id}-tier`}
        label="Tier"
        value={d.tier ?? ""}
        options={[{ value: "", label: "Each pupil's own tier" }, ...framework.tiers.map((t) => ({ value: t.id, label: t.name }))]}
        onChange={(v) => set({ tier: v })}
      />
      <button type="button" class="button secondary" onClick={() => void save()}>Save funding, time and place</button>
      <p role="status" class="result-count">{saved ? "Saved." : ""}</p>
    </section>
  );
}
