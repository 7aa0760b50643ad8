import { useState } from "preact/hooks";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { PassphraseField } from "./PassphraseField";
import { useStrength, type LoadStrength } from "./use-strength";

export interface ChangePassphraseFormProps {
  loadStrength: LoadStrength;
  onChange: (current: string, next: string) => Promise<void>;
}

export function ChangePassphraseForm({ loadStrength, onChange }: ChangePassphraseFormProps) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const rating = useStrength(loadStrength)(next);

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    const found: FieldError[] = [];
    if (!current) found.push({ field: "current-passphrase", message: "Enter your current passphrase" });
    const checked = (await loadStrength())(next);
    if (!checked.ok) found.push({ field: "changed-passphrase", message: checked.advice });
    if (confirm !== next) found.push({ field: "changed-passphrase-confirm", message: "The two new passphrases do not match" });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await onChange(current, next);
      setCurrent("");
      setNext("");
      setConfirm("");
      setDone(true);
    } catch (e) {
      setErrors([{ field: "current-passphrase", message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-passphrase-title">
      <h3 id="change-passphrase-title">Change passphrase</h3>
      <p class="hint">Your records stay as they are; only the key that opens them changes. Your recovery key still works.</p>
      <ErrorSummary errors={errors} />
      {done && (
        <p class="notice" role="status">
          Passphrase changed. Use the new one next time you unlock.
        </p>
      )}
      <PassphraseField id="current-passphrase" label="Current passphrase" value={current} onInput={setCurrent} error={errorFor(errors, "current-passphrase")} autoComplete="current-password" />
      <PassphraseField id="changed-passphrase" label="New passphrase" hint={`Strength: ${next ? rating.label : "nothing entered yet"}`} value={next} onInput={setNext} error={errorFor(errors, "changed-passphrase")} autoComplete="new-password" />
      <PassphraseField id="changed-passphrase-confirm" label="Type the new passphrase again" value={confirm} onInput={setConfirm} error={errorFor(errors, "changed-passphrase-confirm")} autoComplete="new-password" />
      <button type="submit" class="button" disabled={busy}>
        {busy ? "Changing…" : "Change passphrase"}
      </button>
    </form>
  );
}
