import { useState } from "preact/hooks";
import { SettingInput } from "@/school-setting/setting";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import { Phase } from "@/commitment-framework/schema";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { CheckboxesField, SelectField, TextField, type Option } from "@/components/ui/fields";

export interface FirstRunFormProps {
  frameworks: Option[];
  onSave: (input: SettingInput) => Promise<void>;
  onTryDemo: () => Promise<void>;
}

const FIELD_IDS: Record<keyof SettingInput, string> = {
  name: "setting-name",
  phases: "setting-phases",
  frameworkId: "setting-framework",
};

const phaseOptions: Option[] = Phase.options.map((p) => ({ value: p, label: PHASE_LABELS[p] }));

export function FirstRunForm({ frameworks, onSave, onTryDemo }: FirstRunFormProps) {
  const [name, setName] = useState("");
  const [phases, setPhases] = useState<string[]>([]);
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.value ?? "");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState<"save" | "demo" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (kind: "save" | "demo", action: () => Promise<void>) => {
    setBusy(kind);
    setFailure(null);
    try {
      await action();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = SettingInput.safeParse({ name, phases, frameworkId });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.map((issue) => ({
          field: FIELD_IDS[issue.path[0] as keyof SettingInput] ?? FIELD_IDS.name,
          message: issue.message,
        })),
      );
      return;
    }
    setErrors([]);
    void run("save", () => onSave(parsed.data));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="first-run-title">
      <h2 id="first-run-title">Set up SEND Companion</h2>
      <p>
        Tell us about your setting. Everything you enter stays on this computer; SEND Companion never sends it
        anywhere.
      </p>
      <ErrorSummary errors={errors} />
      {failure && (
        <div class="error-summary" role="alert">
          <h2>Your setting was not saved</h2>
          <p>{failure}</p>
        </div>
      )}
      <TextField
        id={FIELD_IDS.name}
        label="Name of your setting"
        hint="For example, Riverside Primary School"
        value={name}
        onInput={setName}
        error={errorFor(errors, FIELD_IDS.name)}
        autoComplete="organization"
      />
      <CheckboxesField
        id={FIELD_IDS.phases}
        label="Phases you teach"
        hint="Select all that apply"
        values={phases}
        options={phaseOptions}
        onChange={setPhases}
        error={errorFor(errors, FIELD_IDS.phases)}
      />
      <SelectField
        id={FIELD_IDS.frameworkId}
        label="Local framework"
        hint="The ordinarily available provision your local authority expects"
        value={frameworkId}
        options={frameworks}
        onChange={setFrameworkId}
        error={errorFor(errors, FIELD_IDS.frameworkId)}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={busy !== null}>
          {busy === "save" ? "Saving…" : "Save and continue"}
        </button>
        <button type="button" class="button secondary" disabled={busy !== null} onClick={() => void run("demo", onTryDemo)}>
          {busy === "demo" ? "Loading demo school…" : "Try with a demo school"}
        </button>
      </div>
      <p class="hint">The demo school has 30 made-up pupils so you can explore safely. You can clear it later.</p>
    </form>
  );
}
