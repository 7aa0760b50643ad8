import { useState } from "preact/hooks";

export interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  autoComplete: "new-password" | "current-password";
}

/** A password input with a show/hide toggle, its hint and its error message. */
export function PassphraseField({ id, label, value, onInput, error, hint, autoComplete }: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class="passphrase-row">
        <input
          id={id}
          type={visible ? "text" : "password"}
          value={value}
          autoComplete={autoComplete}
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button type="button" class="button secondary" aria-pressed={visible} onClick={() => setVisible(!visible)}>
          {visible ? "Hide" : "Show"}
          <span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </div>
  );
}
