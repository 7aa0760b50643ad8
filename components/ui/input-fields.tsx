/** Date, number and long-text fields, in the same GOV.UK shape as fields.tsx. */
import { useEffect, useState } from "preact/hooks";
import { shortDate } from "@/graduated-approach/long-date";
import { readDate } from "@/graduated-approach/read-date";
import { describedBy, fieldClass, HintAndError, type FieldShell } from "./fields";

type Shell = FieldShell;
const Messages = HintAndError;

/**
 * A date as one text box (one Tab stop, unlike the browser's date picker with its three segments and button):
 * typed as 27/3/2026, 27 March 2026 or 2026-03-27, shown as dd/mm/yyyy, handed on as YYYY-MM-DD.
 */
export function DateField(props: Shell & { value: string; onChange: (v: string) => void; onBlur?: () => void }) {
  const [text, setText] = useState(() => shortDate(props.value));
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    const read = readDate(text);
    if (!(read.ok ? read.date === props.value : !props.value && !text.trim())) setText(shortDate(props.value));
    // Only a change from outside (not this field's own typing) resets the text.
  }, [props.value]);
  const error = props.error ?? (unreadable ? "Enter a real date, for example 27/3/2026" : undefined);
  const shell = { ...props, hint: props.hint ? `${props.hint} For example, 27/3/2026.` : "For example, 27/3/2026.", error };
  return (
    <div class={fieldClass(shell)}>
      <label for={props.id}>{props.label}</label>
      <Messages {...shell} />
      <input
        id={props.id}
        type="text"
        class="input-date"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-describedby={describedBy(shell)}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          const read = readDate(typed);
          if (!typed.trim()) props.onChange("");
          else if (read.ok) props.onChange(read.date);
          if (!typed.trim() || read.ok) setUnreadable(false);
        }}
        onBlur={() => {
          setUnreadable(Boolean(text.trim()) && !readDate(text).ok);
          props.onBlur?.();
        }}
      />
    </div>
  );
}

export function NumberField(props: Shell & { value: number; onChange: (v: number) => void; min?: number; step?: number; suffix?: string }) {
  return (
    <div class={fieldClass(props, "number-field")}>
      <label for={props.id}>{props.label}</label>
      <Messages {...props} />
      <span class="number-row">
        <input
          id={props.id}
          type="number"
          inputMode="decimal"
          min={props.min ?? 0}
          step={props.step ?? 1}
          value={Number.isFinite(props.value) ? String(props.value) : ""}
          aria-describedby={describedBy(props)}
          aria-invalid={props.error ? true : undefined}
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            if (e.currentTarget.value !== "" && Number.isFinite(n)) props.onChange(n);
            else if (e.currentTarget.value === "") props.onChange(0);
          }}
        />
        {props.suffix && <span class="suffix">{props.suffix}</span>}
      </span>
    </div>
  );
}

export function TextAreaField(props: Shell & { value: string; onInput: (v: string) => void; rows?: number }) {
  return (
    <div class={fieldClass(props)}>
      <label for={props.id}>{props.label}</label>
      <Messages {...props} />
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
