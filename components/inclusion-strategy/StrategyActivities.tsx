import { NumberField, TextAreaField } from "@/components/ui/input-fields";
import { SelectField, TextField } from "@/components/ui/fields";
import { FUNDING_SOURCE_LABELS, FundingSource } from "@/provision-map/intervention";
import type { StrategyActivity } from "@/inclusion-strategy/strategy-schema";

const FUNDING_OPTIONS = FundingSource.options.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value] }));
const FROM_LABELS: Record<StrategyActivity["from"], string> = {
  intervention: "From a group intervention",
  "costed-provision": "From pupils' costed provision",
  added: "Added by you",
};

interface Props {
  activities: StrategyActivity[];
  onChange: (activities: StrategyActivity[]) => void;
  newId: () => string;
}

/** Each activity the setting invests in, editable: what, who for (no names), barrier, impact, funding and cost. */
export function StrategyActivities({ activities, onChange, newId }: Props) {
  const change = (id: string, patch: Partial<StrategyActivity>) => onChange(activities.map((a) => (a.id === id ? { ...a, ...patch } : a)));
  return (
    <section aria-labelledby="strategy-activities-title">
      <h3 id="strategy-activities-title">Activity we will invest in</h3>
      <p class="hint">Say who each activity is for by year group, tier or area of need. Never name a pupil.</p>
      {activities.length === 0 && <p class="empty">No activities yet. Add the interventions and support you fund.</p>}
      <ol class="strategy-activities">
        {activities.map((a, i) => (
          <li key={a.id} class="strategy-activity">
            <p class="hint">{FROM_LABELS[a.from]}</p>
            <TextField id={`activity-${i}-name`} label={`Activity ${i + 1}`} value={a.name} onInput={(name) => change(a.id, { name })} error={a.name.trim() ? undefined : "Enter the activity's name"} />
            <TextField id={`activity-${i}-who`} label="Who it is for" value={a.forWhom} onInput={(forWhom) => change(a.id, { forWhom })} />
            <TextAreaField id={`activity-${i}-barrier`} label="Barrier it removes" rows={2} value={a.barrier} onInput={(barrier) => change(a.id, { barrier })} />
            <TextAreaField id={`activity-${i}-impact`} label="Intended impact" rows={2} value={a.intendedImpact} onInput={(intendedImpact) => change(a.id, { intendedImpact })} />
            <SelectField id={`activity-${i}-funding`} label="Funding source" value={a.fundingSource} options={FUNDING_OPTIONS} onChange={(v) => change(a.id, { fundingSource: FundingSource.parse(v) })} />
            <NumberField id={`activity-${i}-cost`} label="Budgeted cost" suffix="pounds" step={0.01} value={a.budgetedCost} onChange={(budgetedCost) => change(a.id, { budgetedCost })} />
            <button type="button" class="button secondary" onClick={() => onChange(activities.filter((x) => x.id !== a.id))}>
              Remove activity {i + 1}<span class="visually-hidden">: {a.name}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button secondary"
        onClick={() => onChange([...activities, { id: newId(), name: "New activity", forWhom: "", pupilCount: 0, barrier: "", intendedImpact: "", fundingSource: "inclusive-mainstream-fund", budgetedCost: 0, from: "added" }])}
      >
        Add an activity
      </button>
    </section>
  );
}
