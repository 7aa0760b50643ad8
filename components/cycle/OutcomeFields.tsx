import type { Outcome } from "@/graduated-approach/cycle-stages";
import { shortDate } from "@/graduated-approach/long-date";
import type { PlanIssue } from "@/graduated-approach/plan-quality";
import { CheckboxesField, SelectField, TextField, type Option } from "@/components/ui/fields";
import { DateField } from "@/components/ui/input-fields";
import { adviceFor } from "./issue-fields";
import { ItemCard } from "./ItemCard";

export interface OutcomeFieldsProps {
  outcome: Outcome;
  index: number;
  areaOptions: Option[];
  /** Year 9 and above may mark an outcome as Preparing for Adulthood. */
  showPreparingForAdulthood: boolean;
  /** This outcome's plan-quality issues, shown beside the fields they are about. */
  issues: readonly PlanIssue[];
  open: boolean;
  onToggle: () => void;
  onChange: (o: Outcome) => void;
  onRemove: () => void;
}

/** One SMART outcome as a card: what, baseline, target, how measured, by when. */
export function OutcomeFields({ outcome: o, index, areaOptions, showPreparingForAdulthood, issues, open, onToggle, onChange, onRemove }: OutcomeFieldsProps) {
  const put = (patch: Partial<Outcome>) => onChange({ ...o, ...patch });
  const id = `oc-${o.id}`;
  const advice = (field: string) => adviceFor(issues, `${id}-${field}`);
  const meta = (
    <>
      {o.target ? `Target: ${o.target}` : "No target yet"}
      {o.byWhen ? `, by ${shortDate(o.byWhen)}` : ""}
      {issues.length > 0 && <span class="to-improve">{` · ${issues.length} to improve`}</span>}
    </>
  );
  return (
    <ItemCard id={id} title={`Outcome ${index + 1}`} summary={o.what.trim() || "Not written yet"} meta={meta} open={open} onToggle={onToggle} removeLabel={`Remove outcome ${index + 1}`} onRemove={onRemove}>
      <TextField id={`${id}-what`} label="What the pupil will achieve" hint="Make it SMART: specific, measurable, achievable, relevant and time-bound." value={o.what} advice={advice("what")} onInput={(what) => put({ what })} />
      <SelectField id={`${id}-area`} label="Area of need" value={o.area} options={areaOptions} onChange={(area) => put({ area })} />
      <TextField id={`${id}-baseline`} label="Baseline: where the pupil is now" value={o.baseline} advice={advice("baseline")} onInput={(baseline) => put({ baseline })} />
      <TextField id={`${id}-target`} label="Target" hint="With a number, for example 12 of 20 words." value={o.target} advice={advice("target")} onInput={(target) => put({ target })} />
      <TextField id={`${id}-measure`} label="How it will be measured" value={o.howMeasured} advice={advice("measure")} onInput={(howMeasured) => put({ howMeasured })} />
      <DateField id={`${id}-by`} label="By when" value={o.byWhen ?? ""} advice={advice("by")} onChange={(v) => put({ byWhen: v || undefined })} />
      {showPreparingForAdulthood && (
        <CheckboxesField
          id={`${id}-pfa`}
          label="Preparing for adulthood"
          values={o.preparingForAdulthood ? ["yes"] : []}
          options={[{ value: "yes", label: "This outcome prepares the pupil for adulthood" }]}
          onChange={(v) => put({ preparingForAdulthood: v.includes("yes") })}
        />
      )}
    </ItemCard>
  );
}
