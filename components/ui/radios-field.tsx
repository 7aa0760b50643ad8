import { fieldClass, type Option } from "./fields";

/** One choice from a short list, as GOV.UK radios: a fieldset, its legend, an error beside it. */
export function RadiosField(props: { id: string; label: string; hint?: string; error?: string; value: string; options: Option[]; onChange: (v: string) => void }) {
  const described = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={fieldClass(props)}>
      <fieldset aria-describedby={described}>
        <legend>{props.label}</legend>
        {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
        {props.error && (
          <p class="error-message" id={`${props.id}-error`}>
            <span class="visually-hidden">Error: </span>
            {props.error}
          </p>
        )}
        {props.options.map((o, i) => (
          <label class="checkbox radio" key={o.value}>
            <input
              type="radio"
              name={props.id}
              id={i === 0 ? props.id : `${props.id}-${o.value}`}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
