import { useState } from "preact/hooks";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { PassphraseField } from "./PassphraseField";
import { StrengthMeter } from "./StrengthMeter";
import { useStrength, type LoadStrength } from "./use-strength";

export interface CreatePassphraseFormProps {
  loadStrength: LoadStrength;
  onCreate: (passphrase: string) => Promise<void>;
  /** Shown above the form, e.g. for the demo school. */
  intro?: string;
  /** "reset": after a recovery-key unlock, choosing a passphrase to replace the forgotten one. */
  mode?: "create" | "reset";
}

export function CreatePassphraseForm({ loadStrength, onCreate, intro, mode = "create" }: CreatePassphraseFormProps) {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const rating = useStrength(loadStrength)(passphrase);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const checked = (await loadStrength())(passphrase);
    if (!checked.ok) found.push({ field: "new-passphrase", message: checked.advice });
    if (confirm !== passphrase) found.push({ field: "confirm-passphrase", message: "The two passphrases do not match" });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(passphrase);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="protect-title">
      <h2 id="protect-title">{mode === "reset" ? "Choose a new passphrase" : "Protect your pupils' records"}</h2>
      {mode === "reset" ? (
        <p>
          You unlocked with your recovery key. Choose a new passphrase before you carry on: your old passphrase and the
          recovery key you just used will stop working, and you will get a new recovery key to keep.
        </p>
      ) : (
        <p>
          SEND Companion encrypts every pupil record on this computer. Choose a passphrase that only you know. You will
          need it each time you open SEND Companion.
        </p>
      )}
      {intro && <div class="notice demo">{intro}</div>}
      <ErrorSummary errors={errors} />
      {failure && (
        <div class="error-summary" role="alert">
          <h2>Encryption was not set up</h2>
          <p>{failure}</p>
        </div>
      )}
      <PassphraseField
        id="new-passphrase"
        label="Passphrase"
        hint="At least 12 characters. A few unrelated words are easy to remember and hard to guess."
        value={passphrase}
        onInput={setPassphrase}
        error={errorFor(errors, "new-passphrase")}
        autoComplete="new-password"
      />
      <StrengthMeter rating={rating} entered={passphrase !== ""} />
      <PassphraseField
        id="confirm-passphrase"
        label="Type the passphrase again"
        value={confirm}
        onInput={setConfirm}
        error={errorFor(errors, "confirm-passphrase")}
        autoComplete="new-password"
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? "Setting up encryption…" : mode === "reset" ? "Set new passphrase" : "Set passphrase"}
        </button>
      </div>
    </form>
  );
}
