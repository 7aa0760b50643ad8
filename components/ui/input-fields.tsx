/** Date, number and long-text fields, in the same GOV.UK shape as fields.tsx. */
import { describedBy, HintAndError, type FieldShell } from "./fields";

type Shell = FieldShell;
const Messages = HintAndError;

export function DateField(props: Shell & { value: string; onChange: (v: string) => void }) {
  return (
    <div class={`field${props.error ? " has-error" : ""}`}>
      <label for={props.id}>{props.label}</label>
      <Messages {...props} />
      <input
        id={props.id}
        type="date"
        class="input-date"
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </div>
  );
}

export function NumberField(props: Shell & { value: number; onChange: (v: number) => void; min?: number; step?: number; suffix?: string }) {
  return (
    <div class={`field number-field${props.error ? " has-error" : ""}`}>
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
    <div class={`field${props.error ? " has-error" : ""}`}>
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
