import { useState } from "preact/hooks";
import { PassphraseField } from "./PassphraseField";

export interface UnlockFormProps {
  settingName: string;
  onUnlock: (passphrase: string) => Promise<void>;
  onUnlockWithRecoveryKey: (recoveryKey: string) => Promise<void>;
  /** Why the app is locked, e.g. after a period of inactivity. */
  reason?: string;
  /** Shown for the demo school, whose passphrase is no secret. */
  demoPassphrase?: string;
}

export function UnlockForm({ settingName, onUnlock, onUnlockWithRecoveryKey, reason, demoPassphrase }: UnlockFormProps) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldId = useRecovery ? "recovery-key" : "passphrase";

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(useRecovery ? "Enter your recovery key" : "Enter your passphrase");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await (useRecovery ? onUnlockWithRecoveryKey(value.trim()) : onUnlock(value));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      document.getElementById(fieldId)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="unlock-title">
      <h2 id="unlock-title">Unlock {settingName}</h2>
      {reason && <p class="notice">{reason}</p>}
      {demoPassphrase && (
        <p class="notice demo">
          This is the demo school, whose pupils are made up. Its passphrase is <kbd>{demoPassphrase}</kbd>.
        </p>
      )}
      <p>Pupil records are encrypted on this computer. {useRecovery ? "Enter the recovery key you saved when you set up SEND Companion." : "Enter your passphrase to open them."}</p>
      {error && (
        <div class="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>
            <a href={`#${fieldId}`}>{error}</a>
          </p>
        </div>
      )}
      <PassphraseField
        id={fieldId}
        label={useRecovery ? "Recovery key" : "Passphrase"}
        value={value}
        onInput={setValue}
        error={error}
        autoComplete="current-password"
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? "Unlocking…" : "Unlock"}
        </button>
        <button
          type="button"
          class="button link"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue("");
            setError(undefined);
          }}
        >
          {useRecovery ? "Use your passphrase instead" : "Forgotten your passphrase? Use your recovery key"}
        </button>
      </div>
    </form>
  );
}
