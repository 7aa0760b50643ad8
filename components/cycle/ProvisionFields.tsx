import type { Provision } from "@/graduated-approach/cycle-stages";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { SelectField, TextField, type Option } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/input-fields";

export interface ProvisionFieldsProps {
  provision: Provision;
  index: number;
  areaOptions: Option[];
  onChange: (p: Provision) => void;
  onRemove: () => void;
}

/** One provision: who delivers it, how often, how long, for how many, and what it costs. */
export function ProvisionFields({ provision: p, index, areaOptions, onChange, onRemove }: ProvisionFieldsProps) {
  const put = (patch: Partial<Provision>) => onChange({ ...p, ...patch });
  const id = `pv-${p.id}`;
  return (
    <fieldset class="item-card">
      <legend>Provision {index + 1}</legend>
      {p.statementId && <p class="hint">From the framework</p>}
      <TextField id={`${id}-title`} label="Provision" value={p.title} onInput={(title) => put({ title })} />
      <SelectField id={`${id}-area`} label="Area of need" value={p.area} options={areaOptions} onChange={(area) => put({ area })} />
      <TextField id={`${id}-who`} label="Who delivers it" value={p.who} onInput={(who) => put({ who })} />
      <div class="number-grid">
        <NumberField id={`${id}-freq`} label="Sessions a week" value={p.frequencyPerWeek} onChange={(frequencyPerWeek) => put({ frequencyPerWeek })} />
        <NumberField id={`${id}-mins`} label="Minutes a session" value={p.sessionMinutes} step={5} onChange={(sessionMinutes) => put({ sessionMinutes })} />
        <NumberField id={`${id}-group`} label="Group size" value={p.groupSize} min={1} onChange={(groupSize) => put({ groupSize: Math.max(1, Math.round(groupSize)) })} />
        <NumberField id={`${id}-weeks`} label="Weeks" value={p.weeks} onChange={(weeks) => put({ weeks })} />
        <NumberField id={`${id}-cost`} label="Cost an hour (£)" value={p.hourlyCost} step={0.5} onChange={(hourlyCost) => put({ hourlyCost })} />
      </div>
      <p class="cost-line">
        Cost for this pupil: <strong>{formatPounds(yearlyCost(p))}</strong> a year
      </p>
      <button type="button" class="button link" onClick={onRemove}>
        Remove provision {index + 1}
      </button>
    </fieldset>
  );
}
