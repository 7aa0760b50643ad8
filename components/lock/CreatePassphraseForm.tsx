import { useState } from "preact/hooks";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { PassphraseField } from "./PassphraseField";

export interface Strength {
  score: number;
  label: string;
  ok: boolean;
  advice: string;
}

export interface CreatePassphraseFormProps {
  strength: (passphrase: string) => Strength;
  onCreate: (passphrase: string) => Promise<void>;
  /** Shown above the form, e.g. for the demo school. */
  intro?: string;
}

export function CreatePassphraseForm({ strength, onCreate, intro }: CreatePassphraseFormProps) {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const rating = strength(passphrase);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!rating.ok) found.push({ field: "new-passphrase", message: rating.advice });
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
      <h2 id="protect-title">Protect your pupils' records</h2>
      <p>
        SEND Companion encrypts every pupil record on this computer. Choose a passphrase that only you know. You will
        need it each time you open SEND Companion.
      </p>
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
      <div class={`strength${rating.ok ? " good" : ""}`} aria-live="polite">
        <div class="strength-bar" aria-hidden="true">
          {[1, 2, 3, 4].map((n) => (
            <span key={n} class={rating.score >= n ? "on" : ""} />
          ))}
        </div>
        Strength: {passphrase ? rating.label : "nothing entered yet"}
      </div>
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
          {busy ? "Setting up encryption…" : "Set passphrase"}
        </button>
      </div>
    </form>
  );
}
