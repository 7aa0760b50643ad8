import type { ImportProgress } from "@/state/import-model";

interface Props {
  progress: ImportProgress | null;
  /** Said when there is no progress, e.g. after the user stopped a check. */
  stoppedNote?: string | null;
  /** Stops reading or checking; absent while saving (saving is not stopped half-way). */
  onCancel?: () => void;
}

/**
 * How far reading, checking or saving has got, with a button to stop a check. The status region is always
 * there, so screen readers announce each change to it politely.
 */
export function ImportProgressBar({ progress, stoppedNote, onCancel }: Props) {
  const unit = progress?.phase === "Saving pupils" ? "pupils" : "rows";
  const counted = progress && progress.total > 0;
  const canCancel = progress && progress.phase !== "Saving pupils" && onCancel;
  return (
    <div class="import-progress-area">
      <div class="import-progress" role="status" aria-live="polite">
        {progress && (
          <>
            <label for="import-progress-bar">
              {progress.phase}
              {counted
                ? `: ${progress.done.toLocaleString("en-GB")} of ${progress.total.toLocaleString("en-GB")} ${unit}`
                : "…"}
            </label>
            {counted ? (
              <progress id="import-progress-bar" max={progress.total} value={progress.done} />
            ) : (
              <progress id="import-progress-bar" />
            )}
          </>
        )}
        {!progress && stoppedNote && <p class="notice">{stoppedNote}</p>}
      </div>
      {canCancel && (
        <button type="button" class="button secondary" onClick={onCancel}>
          Stop checking
        </button>
      )}
    </div>
  );
}
