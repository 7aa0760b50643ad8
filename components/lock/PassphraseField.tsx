import { useState } from "preact/hooks";
import { describedBy, HintAndError } from "@/components/ui/fields";

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
  return (
    <div class={`field${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      <HintAndError id={id} label={label} hint={hint} error={error} />
      <div class="passphrase-row">
        <input
          id={id}
          type={visible ? "text" : "password"}
          value={value}
          autoComplete={autoComplete}
          spellcheck={false}
          aria-describedby={describedBy({ id, label, hint, error })}
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
