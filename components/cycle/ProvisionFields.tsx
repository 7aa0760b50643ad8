import type { Framework } from "@/commitment-framework/schema";
import { levelAndTier } from "@/commitment-framework/queries";
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
  framework: Framework;
  /** This provision's plan-quality issues, shown beside the fields they are about. */
  issues: readonly PlanIssue[];
  open: boolean;
  onToggle: () => void;
  onChange: (p: Provision) => void;
  onRemove: () => void;
}

/** One provision as a card: who delivers it, how often, how long, for how many, and what it costs. */
export function ProvisionFields({ provision: p, framework, index, areaOptions, issues, open, onToggle, onChange, onRemove }: ProvisionFieldsProps) {
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
      <ProvisionSource provision={p} framework={framework} />
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
      {p.weeklyCap !== undefined && <p class="hint">The framework caps this at {formatPounds(p.weeklyCap)} a week.</p>}
      <p class="cost-line">
        Cost for this pupil: <strong>{formatPounds(yearlyCost(p))}</strong> a year
      </p>
    </ItemCard>
  );
}

/** Where the provision came from, with its level and tier; flags a statement or item a newer framework version no longer has. */
function ProvisionSource({ provision: p, framework }: { provision: Provision; framework: Framework }) {
  const level = p.level ? ` at ${levelAndTier(framework, p.level)}` : "";
  const version = p.frameworkVersion ? `, version ${p.frameworkVersion}` : "";
  if (p.statementId) {
    const gone = !framework.statements.some((s) => s.id === p.statementId);
    return gone
      ? <p class="flag overdue">This statement is not in version {framework.version} of the framework: it was removed after this plan chose it{version}. The provision is kept as it was.</p>
      : <p class="hint">From the framework{level}{version}</p>;
  }
  if (p.catalogueItemId) {
    const gone = !framework.catalogue.some((c) => c.id === p.catalogueItemId);
    return gone
      ? <p class="flag overdue">This costed provision is not in version {framework.version} of the framework; the cost chosen{version} is kept.</p>
      : <p class="hint">From the framework's costed provision{level}{version}</p>;
  }
  return null;
}
