import type { ComponentChildren } from "preact";
import { RemoveButton } from "@/components/ui/RemoveButton";

export interface ItemCardProps {
  /** Prefix of the card's element ids, e.g. "oc-<outcome id>". */
  id: string;
  title: string;
  /** The line shown while the card is collapsed, e.g. the outcome's words. */
  summary: string;
  meta?: ComponentChildren;
  open: boolean;
  onToggle: () => void;
  removeLabel: string;
  onRemove: () => void;
  children: ComponentChildren;
}

/** A compact card of a plan: a heading button with a summary line, expanding to its fields. */
export function ItemCard({ id, title, summary, meta, open, onToggle, removeLabel, onRemove, children }: ItemCardProps) {
  return (
    <li class={`item-card${open ? "" : " is-collapsed"}`}>
      <h4 class="card-heading">
        <button type="button" class="card-toggle" id={`${id}-toggle`} aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle}>
          <span class="card-arrow" aria-hidden="true">{open ? "▾" : "▸"}</span>
          <span>
            <span class="card-summary">
              <span class="card-title">{title}:</span> {summary}
            </span>
            {meta && <span class="card-meta">{meta}</span>}
          </span>
        </button>
      </h4>
      {open && (
        <fieldset class="stage-fieldset card-body" id={`${id}-body`}>
          <legend class="visually-hidden">{title}</legend>
          {children}
          <div class="card-actions">
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                onToggle();
                requestAnimationFrame(() => document.getElementById(`${id}-toggle`)?.focus());
              }}
            >
              Done<span class="visually-hidden"> with {title.toLowerCase()}</span>
            </button>
            <RemoveButton question={`${removeLabel}?`} detail="What is written in it is deleted from the plan." onRemove={onRemove}>
              {removeLabel}
            </RemoveButton>
          </div>
        </fieldset>
      )}
    </li>
  );
}
