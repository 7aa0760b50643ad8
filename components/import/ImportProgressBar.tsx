import type { ImportProgress } from "@/state/import-model";

/**
 * How far checking or saving has got. The status region is always there, so screen readers announce
 * each change to it politely.
 */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const unit = progress?.phase === "Saving pupils" ? "pupils" : "rows";
  return (
    <div class="import-progress" role="status" aria-live="polite">
      {progress && (
        <>
          <label for="import-progress-bar">
            {progress.phase}: {progress.done.toLocaleString("en-GB")} of {progress.total.toLocaleString("en-GB")} {unit}
          </label>
          <progress id="import-progress-bar" max={Math.max(progress.total, 1)} value={progress.done} />
        </>
      )}
    </div>
  );
}
