/** "Cycle 2 deleted. Undo": shown for a few seconds after something is deleted. */
export function UndoBar({ message, onUndo, onDismiss }: { message: string; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" class="button secondary" onClick={onUndo}>Undo</button>
      <button type="button" class="button link" onClick={onDismiss}>
        Dismiss<span class="visually-hidden"> this message</span>
      </button>
    </div>
  );
}
