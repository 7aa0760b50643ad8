import { useEffect, useRef } from "preact/hooks";
import { focusViewHeading } from "./view-focus";

/**
 * "Cycle 2 deleted. Undo": shown for 30 seconds after something is deleted. The Undo button takes focus (so it is
 * in view and one key press away); if the bar goes while it still has focus, focus returns to the view's heading.
 */
export function UndoBar({ message, onUndo, onDismiss }: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const bar = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    button.current?.scrollIntoView?.({ block: "nearest" });
  }, [message]);
  useEffect(() => {
    const element = bar.current;
    return () => {
      if (element?.contains(document.activeElement) || document.activeElement === document.body) requestAnimationFrame(() => focusViewHeading());
    };
  }, []);
  return (
    <div class="undo-bar" role="status" aria-live="polite" ref={bar}>
      <span>{message}</span>
      <button type="button" class="button secondary" ref={button} onClick={onUndo}>Undo</button>
      <button type="button" class="button link" onClick={onDismiss}>
        Dismiss<span class="visually-hidden"> this message</span>
      </button>
    </div>
  );
}
