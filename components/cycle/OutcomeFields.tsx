import type { Outcome } from "@/graduated-approach/cycle-stages";
import { SelectField, TextField, type Option } from "@/components/ui/fields";
import { DateField } from "@/components/ui/input-fields";
import { CheckboxesField } from "@/components/ui/fields";

export interface OutcomeFieldsProps {
  outcome: Outcome;
  index: number;
  areaOptions: Option[];
  /** Year 9 and above may mark an outcome as Preparing for Adulthood. */
  showPreparingForAdulthood: boolean;
  onChange: (o: Outcome) => void;
  onRemove: () => void;
}

/** One SMART outcome: what, baseline, target, how measured, by when. */
export function OutcomeFields({ outcome: o, index, areaOptions, showPreparingForAdulthood, onChange, onRemove }: OutcomeFieldsProps) {
  const put = (patch: Partial<Outcome>) => onChange({ ...o, ...patch });
  const id = `oc-${o.id}`;
  return (
    <fieldset class="item-card">
      <legend>Outcome {index + 1}</legend>
      <TextField id={`${id}-what`} label="What the pupil will achieve" value={o.what} onInput={(what) => put({ what })} />
      <SelectField id={`${id}-area`} label="Area of need" value={o.area} options={areaOptions} onChange={(area) => put({ area })} />
      <TextField id={`${id}-baseline`} label="Baseline: where the pupil is now" value={o.baseline} onInput={(baseline) => put({ baseline })} />
      <TextField id={`${id}-target`} label="Target" hint="With a number, for example 12 of 20 words." value={o.target} onInput={(target) => put({ target })} />
      <TextField id={`${id}-measure`} label="How it will be measured" value={o.howMeasured} onInput={(howMeasured) => put({ howMeasured })} />
      <DateField id={`${id}-by`} label="By when" value={o.byWhen ?? ""} onChange={(v) => put({ byWhen: v || undefined })} />
      {showPreparingForAdulthood && (
        <CheckboxesField
          id={`${id}-pfa`}
          label="Preparing for adulthood"
          values={o.preparingForAdulthood ? ["yes"] : []}
          options={[{ value: "yes", label: "This outcome prepares the pupil for adulthood" }]}
          onChange={(v) => put({ preparingForAdulthood: v.includes("yes") })}
        />
      )}
      <button type="button" class="button link" onClick={onRemove}>
        Remove outcome {index + 1}
      </button>
    </fieldset>
  );
}
