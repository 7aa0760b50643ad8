import { useState } from "preact/hooks";
import { emptyInterventionForm, withCatalogueItem, type CatalogueChoice, type InterventionFormValues } from "@/provision-map/intervention-form";
import type { RegisterEntry } from "@/state/interventions-model";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { CheckboxesField, SelectField, TextField } from "@/components/ui/fields";
import { DateField, NumberField } from "@/components/ui/input-fields";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"].map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));

export interface InterventionFormProps {
  register: RegisterEntry[];
  today: string;
  /** The framework's costed provision catalogue: choosing an item records it and fills its role and rate. */
  catalogue?: readonly CatalogueChoice[];
  onSave(values: InterventionFormValues): Promise<FieldError[]>;
  onCancel(): void;
}

/** The form for a new group intervention: what, who runs it, when, and which pupils from the register. */
export function InterventionForm({ register: everyone, today, catalogue = [], onSave, onCancel }: InterventionFormProps) {
  const register = everyone.filter((p) => !p.archived);
  const [values, setValues] = useState(() => emptyInterventionForm(today));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof InterventionFormValues>(key: K, value: InterventionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = (field: keyof InterventionFormValues) => errorFor(errors, field);
  return (
    <form
      class="intervention-form"
      aria-labelledby="new-intervention-title"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaving(true);
        setErrors(await onSave(values));
        setSaving(false);
      }}
    >
      <h2 id="new-intervention-title">New intervention</h2>
      <ErrorSummary errors={errors} />
      {catalogue.length > 0 && (
        <SelectField
          id="catalogueItemId"
          label="From the framework's costed provision (optional)"
          hint="Fills in the name, the adult's role and the hourly rate where you have not typed them."
          value={values.catalogueItemId}
          options={[{ value: "", label: "None: describe it yourself" }, ...catalogue.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(id) => setValues((v) => withCatalogueItem(v, catalogue.find((c) => c.id === id)))}
        />
      )}
      <TextField id="name" label="Name" hint="For example, Year 2 phonics catch-up" value={values.name} error={err("name")} onInput={(v) => set("name", v)} />
      <TextField id="staffName" label="Adult who runs it" value={values.staffName} error={err("staffName")} onInput={(v) => set("staffName", v)} />
      <TextField id="staffRole" label="Their role (optional)" hint="For example, teaching assistant" value={values.staffRole} onInput={(v) => set("staffRole", v)} />
      <NumberField id="hourlyRate" label="Hourly rate of their time" suffix="£ an hour" step={0.01} value={values.hourlyRate} error={err("hourlyRate")} onChange={(v) => set("hourlyRate", v)} />
      <CheckboxesField id="days" label="Days (optional)" options={DAYS} values={values.days} error={err("days")} onChange={(v) => set("days", v)} />
      <NumberField id="sessionsPerWeek" label="Sessions a week" value={values.sessionsPerWeek} error={err("sessionsPerWeek")} onChange={(v) => set("sessionsPerWeek", v)} />
      <NumberField id="sessionMinutes" label="Minutes a session" suffix="minutes" value={values.sessionMinutes} error={err("sessionMinutes")} onChange={(v) => set("sessionMinutes", v)} />
      <DateField id="startDate" label="Start date" value={values.startDate} error={err("startDate")} onChange={(v) => set("startDate", v)} />
      <DateField id="endDate" label="End date" value={values.endDate} error={err("endDate")} onChange={(v) => set("endDate", v)} />
      {register.length === 0 ? (
        <p class="empty" id="pupilIds">There are no pupils on the register yet. Add or import pupils first.</p>
      ) : (
        <CheckboxesField
          id="pupilIds"
          label="Pupils"
          hint="Each joins the group on the start date."
          options={register.map((p) => ({ value: p.id, label: `${p.name} (${p.yearGroup})` }))}
          values={values.pupilIds}
          error={err("pupilIds")}
          onChange={(v) => set("pupilIds", v)}
        />
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={saving}>Save intervention</button>
        <button type="button" class="button secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
