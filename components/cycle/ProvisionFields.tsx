import type { Provision } from "@/graduated-approach/cycle-stages";
import type { PlanIssue } from "@/graduated-approach/plan-quality";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { SelectField, TextField, type Option } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/input-fields";
import { adviceFor } from "./issue-fields";
import { ItemCard } from "./ItemCard";

export interface ProvisionFieldsProps {
  provision: Provision;
  index: number;
  areaOptions: Option[];
  /** This provision's plan-quality issues, shown beside the fields they are about. */
  issues: readonly PlanIssue[];
  open: boolean;
  onToggle: () => void;
  onChange: (p: Provision) => void;
  onRemove: () => void;
}

/** One provision as a card: who delivers it, how often, how long, for how many, and what it costs. */
export function ProvisionFields({ provision: p, index, areaOptions, issues, open, onToggle, onChange, onRemove }: ProvisionFieldsProps) {
  const put = (patch: Partial<Provision>) => onChange({ ...p, ...patch });
  const id = `pv-${p.id}`;
  const advice = (field: string) => adviceFor(issues, `${id}-${field}`);
  const often = p.frequencyPerWeek > 0 && p.sessionMinutes > 0 ? `${p.frequencyPerWeek} × ${p.sessionMinutes} min a week` : "How often not set";
  const meta = (
    <>
      {p.who.trim() || "Nobody named"} · {often} · {formatPounds(yearlyCost(p))} a year
      {issues.length > 0 && <span class="to-improve">{` · ${issues.length} to improve`}</span>}
    </>
  );
  return (
    <ItemCard id={id} title={`Provision ${index + 1}`} summary={p.title.trim() || "Not named yet"} meta={meta} open={open} onToggle={onToggle} removeLabel={`Remove provision ${index + 1}`} onRemove={onRemove}>
      {p.statementId && <p class="hint">From the framework</p>}
      <TextField id={`${id}-title`} label="Provision" value={p.title} advice={advice("title")} onInput={(title) => put({ title })} />
      <SelectField id={`${id}-area`} label="Area of need" value={p.area} options={areaOptions} advice={advice("area")} onChange={(area) => put({ area })} />
      <TextField id={`${id}-who`} label="Who delivers it" value={p.who} advice={advice("who")} onInput={(who) => put({ who })} />
      <div class="number-grid">
        <NumberField id={`${id}-freq`} label="Sessions a week" value={p.frequencyPerWeek} advice={advice("freq")} onChange={(frequencyPerWeek) => put({ frequencyPerWeek })} />
        <NumberField id={`${id}-mins`} label="Minutes a session" value={p.sessionMinutes} step={5} advice={advice("mins")} onChange={(sessionMinutes) => put({ sessionMinutes })} />
        <NumberField id={`${id}-group`} label="Group size" value={p.groupSize} min={1} onChange={(groupSize) => put({ groupSize: Math.max(1, Math.round(groupSize)) })} />
        <NumberField id={`${id}-weeks`} label="Weeks" value={p.weeks} advice={advice("weeks")} onChange={(weeks) => put({ weeks })} />
        <NumberField id={`${id}-cost`} label="Cost an hour (£)" value={p.hourlyCost} step={0.5} advice={advice("cost")} onChange={(hourlyCost) => put({ hourlyCost })} />
      </div>
      <p class="cost-line">
        Cost for this pupil: <strong>{formatPounds(yearlyCost(p))}</strong> a year
      </p>
    </ItemCard>
  );
}
