import { useEffect, useRef } from "preact/hooks";

export interface SaveConflictBarProps {
  /** What was not saved, e.g. "Ada Example's cycle 2". */
  label: string;
  theirs: "changed" | "deleted";
  onReload: () => void;
  onKeepMine: () => void;
}

/**
 * Said when a save is refused because another window saved or deleted the same record first. Nothing is lost
 * silently: the user chooses whose version stays. "Reload" is first and takes focus, the safer choice.
 */
export function SaveConflictBar({ label, theirs, onReload, onKeepMine }: SaveConflictBarProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    first.current?.scrollIntoView?.({ block: "nearest" });
  }, [label, theirs]);
  const said =
    theirs === "deleted"
      ? `${label} was deleted in another window after you opened it, so your change was not saved.`
      : `${label} was changed in another window after you opened it, so your change was not saved.`;
  return (
    <div class="conflict-bar" role="alert">
      <p>{said}</p>
      <div class="button-row">
        <button type="button" class="button" ref={first} onClick={onReload}>
          {theirs === "deleted" ? "Let it go" : "Reload their version"}
        </button>
        <button type="button" class="button secondary" onClick={onKeepMine}>
          {theirs === "deleted" ? "Save mine again" : "Keep mine"}
        </button>
      </div>
    </div>
  );
}
