import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { Pupil } from "@/graduated-approach/pupil";
import { emptyPupilForm, pupilFromForm, pupilToForm, type FormError, type PupilFormValues } from "@/graduated-approach/pupil-form";
import { ErrorSummary, errorFor } from "@/components/ui/ErrorSummary";
import { SelectField, TextField } from "@/components/ui/fields";
import { DateField, TextAreaField } from "@/components/ui/input-fields";
import { needOptions, statusOptions, tierOptions, yearOptions } from "./pupil-options";

export interface PupilFormProps {
  framework: Framework;
  /** The pupil to edit; absent to add one. */
  pupil?: Pupil;
  /** Values to start a new pupil with, e.g. what the MIS page shows. */
  prefill?: Partial<PupilFormValues>;
  now: () => string;
  onSave: (pupil: Pupil) => Promise<void> | void;
  onCancel: () => void;
}

/** Add or edit a pupil. Errors show in a summary at the top and beside each field. */
export function PupilForm({ framework, pupil, prefill, now, onSave, onCancel }: PupilFormProps) {
  const [values, setValues] = useState<PupilFormValues>(() =>
    pupil ? pupilToForm(pupil) : { ...emptyPupilForm(framework.tiers[1]?.id ?? ""), ...prefill },
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const set = (patch: Partial<PupilFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const field = (name: keyof PupilFormValues) => ({ id: name, error: errorFor(errors, name) });
  const text = (name: keyof PupilFormValues, label: string, hint?: string) => (
    <TextField {...field(name)} label={label} hint={hint} value={values[name]} onInput={(v) => set({ [name]: v })} />
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = pupilFromForm(values, now(), pupil);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    await onSave(result.pupil);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="pupil-form-title">
      <h2 id="pupil-form-title">{pupil ? `Edit ${pupil.firstName} ${pupil.lastName}` : "Add a pupil"}</h2>
      <ErrorSummary errors={errors} />
      {prefill && !pupil && <p class="notice">Filled in from your MIS page. Check every field before you add the pupil.</p>}
      {text("firstName", "First name")}
      {text("lastName", "Last name")}
      <DateField {...field("dateOfBirth")} label="Date of birth" value={values.dateOfBirth} onChange={(dateOfBirth) => set({ dateOfBirth })} />
      <SelectField {...field("yearGroup")} label="Year group" value={values.yearGroup} options={yearOptions("Choose a year group")} onChange={(yearGroup) => set({ yearGroup })} />
      {text("upn", "Unique pupil number (UPN) (optional)", "13 characters, for example A123456789012. It is on the pupil's record in your MIS.")}
      <SelectField {...field("status")} label="SEN status" value={values.status} options={statusOptions("Choose a status").slice(1)} onChange={(status) => set({ status })} />
      <DateField {...field("statusSince")} label="Status since (optional)" value={values.statusSince} onChange={(statusSince) => set({ statusSince })} />
      <SelectField
        {...field("primaryNeed")}
        label="Primary need"
        hint="The census type of need. NSA (no specialist assessment) is only for pupils at SEN support (K)."
        value={values.primaryNeed}
        options={needOptions("None recorded", values.status === "K")}
        onChange={(primaryNeed) => set({ primaryNeed })}
      />
      <SelectField {...field("secondaryNeed")} label="Secondary need (optional)" value={values.secondaryNeed} options={needOptions("None", false)} onChange={(secondaryNeed) => set({ secondaryNeed })} />
      <SelectField {...field("tier")} label="Tier of the framework" value={values.tier} options={tierOptions(framework)} onChange={(tier) => set({ tier })} />
      {text("keyAdult", "Key adult (optional)")}
      <h3>One-page profile</h3>
      <TextAreaField id="likeAndAdmire" label="What people like and admire about me" value={values.likeAndAdmire} onInput={(likeAndAdmire) => set({ likeAndAdmire })} rows={2} />
      <TextAreaField id="importantToMe" label="What is important to me" value={values.importantToMe} onInput={(importantToMe) => set({ importantToMe })} rows={2} />
      <TextAreaField id="howToSupportMe" label="How best to support me" value={values.howToSupportMe} onInput={(howToSupportMe) => set({ howToSupportMe })} rows={2} />
      <h3>Consent</h3>
      <DateField {...field("consentRecordedOn")} label="Consent recorded on (optional)" value={values.consentRecordedOn} onChange={(consentRecordedOn) => set({ consentRecordedOn })} />
      {text("consentBy", "Given by (optional)", "For example: mother, father, carer, the pupil (post-16).")}
      {text("consentNotes", "Who may see this record (optional)")}
      <div class="button-row">
        <button type="submit" class="button">{pupil ? "Save changes" : "Add pupil"}</button>
        <button type="button" class="button secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
