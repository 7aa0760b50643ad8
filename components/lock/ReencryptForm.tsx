import { useState } from "preact/hooks";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import type { ReencryptProgress } from "@/state/reencrypt";
import { PassphraseField } from "./PassphraseField";
import { useStrength, type LoadStrength } from "./use-strength";

export interface ReencryptFormProps {
  loadStrength: LoadStrength;
  /** Resolves to how many records could not be read (left as they were); then the new recovery key is shown. */
  onReencrypt: (next: string, onProgress: (p: ReencryptProgress) => void) => Promise<number>;
}

/** "My passphrase may be known": a new key for every record, under a new passphrase and a new recovery key. */
export function ReencryptForm({ loadStrength, onReencrypt }: ReencryptFormProps) {
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState<ReencryptProgress | null>(null);
  const rating = useStrength(loadStrength)(next);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const checked = (await loadStrength())(next);
    if (!checked.ok) found.push({ field: "reencrypt-passphrase", message: checked.advice });
    if (confirm !== next) found.push({ field: "reencrypt-passphrase-confirm", message: "The two new passphrases do not match" });
    setErrors(found);
    if (found.length) return;
    setProgress({ done: 0, total: 1, current: "" });
    try {
      await onReencrypt(next, setProgress);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setErrors([{ field: "reencrypt-passphrase", message: `Re-encrypting stopped: ${why} Nothing is lost. Unlock with the new passphrase if it was accepted, and the rest is finished then.` }]);
      setProgress(null);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reencrypt-title" class="page-section">
      <h3 id="reencrypt-title">My passphrase may be known</h3>
      <p class="hint">
        Re-encrypt everything with a new key. Every record on this computer is encrypted again under a new key, which opens
        only with the new passphrase you choose here and a new recovery key. The old passphrase and old recovery key stop
        working. Other SEND Companion windows lock while this runs. Backups made before keep their old passphrase.
      </p>
      <ErrorSummary errors={errors} />
      <PassphraseField id="reencrypt-passphrase" label="New passphrase" hint={`Strength: ${next ? rating.label : "nothing entered yet"}`} value={next} onInput={setNext} error={errorFor(errors, "reencrypt-passphrase")} autoComplete="new-password" />
      <PassphraseField id="reencrypt-passphrase-confirm" label="Type the new passphrase again" value={confirm} onInput={setConfirm} error={errorFor(errors, "reencrypt-passphrase-confirm")} autoComplete="new-password" />
      {progress && (
        <p role="status">
          <label for="reencrypt-progress">{progress.current ? `Re-encrypting ${progress.current}…` : "Re-encrypting…"}</label>
          <progress id="reencrypt-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      <button type="submit" class="button" disabled={progress !== null}>
        Re-encrypt everything with a new key
      </button>
    </form>
  );
}
