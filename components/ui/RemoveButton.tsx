import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ConfirmDialog } from "./ConfirmDialog";

export interface RemoveButtonProps {
  /** The button's words, e.g. "Remove outcome 2" (may hold visually hidden context). */
  children: ComponentChildren;
  /** The dialog's question, e.g. "Remove outcome 2?" */
  question: string;
  detail?: string;
  onRemove: () => void;
  /** Where focus goes once the item (and so this button) is gone. */
  focusAfter?: string;
}

/** A destructive link-button that asks first, in a native dialog, so one stray key press cannot lose work. */
export function RemoveButton({ children, question, detail, onRemove, focusAfter }: RemoveButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" class="button link danger" onClick={() => setAsking(true)}>
        {children}
      </button>
      {asking && (
        <ConfirmDialog
          title={question}
          confirmLabel="Yes, remove it"
          cancelLabel="Keep it"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onRemove();
            if (focusAfter) requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
          }}
        >
          {detail && <p>{detail}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
