import { useEffect, useState } from "preact/hooks";

/**
 * Moves focus to an element once it has rendered (a card just added or opened); a text box's words are
 * selected, so typing replaces any starting text. Returns the function that asks for it.
 */
export function usePendingFocus(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    const element = document.getElementById(pending);
    if (!element) return;
    element.focus();
    if (element instanceof HTMLInputElement && element.type === "text") element.select();
    setPending(null);
  });
  return setPending;
}
