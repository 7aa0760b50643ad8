import type { ComponentChildren } from "preact";

export interface FieldShell {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A plan-quality suggestion about this field, shown beside it (not an error: saving still works). */
  advice?: string;
}

export function describedBy({ id, hint, error, advice }: FieldShell): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : "", advice ? `${id}-advice` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** "field", plus "has-error" or "has-advice" for the left-hand marker. */
export function fieldClass({ error, advice }: FieldShell, extra = ""): string {
  return `field${extra ? ` ${extra}` : ""}${error ? " has-error" : advice ? " has-advice" : ""}`;
}

export function HintAndError({ id, hint, error, advice }: FieldShell) {
  return (
    <>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {advice && (
        <p class="field-advice" id={`${id}-advice`}>
          <span class="visually-hidden">To improve: </span>
          {advice}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField(props: FieldShell & { value: string; onInput: (v: string) => void; type?: "text" | "search"; autoComplete?: string }) {
  return (
    <div class={fieldClass(props)}>
      <label for={props.id}>{props.label}</label>
      <HintAndError {...props} />
      <input
        id={props.id}
        type={props.type ?? "text"}
        value={props.value}
        autoComplete={props.autoComplete ?? "off"}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  /** Options with the same group are shown together under that heading. */
  group?: string;
}

function groupOptions(options: Option[]): [string | undefined, Option[]][] {
  const groups = new Map<string | undefined, Option[]>();
  for (const o of options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  return [...groups];
}

function OptionList({ options }: { options: Option[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export function SelectField(props: FieldShell & { value: string; options: Option[]; onChange: (v: string) => void }) {
  return (
    <div class={fieldClass(props)}>
      <label for={props.id}>{props.label}</label>
      <HintAndError {...props} />
      <select
        id={props.id}
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {groupOptions(props.options).map(([group, options]) =>
          group ? (
            <optgroup key={group} label={group}>
              <OptionList options={options} />
            </optgroup>
          ) : (
            <OptionList key="" options={options} />
          ),
        )}
      </select>
    </div>
  );
}

export function CheckboxesField(props: FieldShell & { values: string[]; options: Option[]; onChange: (v: string[]) => void }) {
  const toggle = (value: string, checked: boolean) =>
    props.onChange(checked ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <div class={fieldClass(props)}>
      <fieldset aria-describedby={describedBy(props)}>
        <legend>{props.label}</legend>
        <HintAndError {...props} />
        {props.options.map((o, i) => (
          <label class="checkbox" key={o.value}>
            <input
              type="checkbox"
              id={i === 0 ? props.id : `${props.id}-${o.value}`}
              checked={props.values.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function Notice({ children, kind }: { children: ComponentChildren; kind?: "demo" }) {
  return <div class={`notice${kind ? ` ${kind}` : ""}`}>{children}</div>;
}
