import { useEffect, useRef } from "preact/hooks";
import type { RestorePreview } from "@/state/app-model";
import type { MergeOutcome } from "@/state/merge-restore";

const SAID: Record<MergeOutcome, (n: number) => string> = {
  add: (n) => `${records(n)} only in the backup: ${n === 1 ? "it is" : "they are"} added.`,
  "newer-in-backup": (n) => `${records(n)} newer in the backup: the backup's copy replaces the one here.`,
  "newer-here": (n) => `${records(n)} newer here: kept as ${n === 1 ? "it is" : "they are"}; the backup's older copy is left out.`,
  same: (n) => `${records(n)} the same in both: nothing to do.`,
  "erased-here": (n) => `${records(n)} deleted here since the backup was made: ${n === 1 ? "it stays" : "they stay"} deleted.`,
  unreadable: (n) => `${records(n)} in the backup cannot be read: left out, and nothing here is affected.`,
};

const PUPIL_SAID: Record<MergeOutcome, string> = {
  add: "added",
  "newer-in-backup": "replaced by the backup's newer copy",
  "newer-here": "kept as here (newer here)",
  same: "the same",
  "erased-here": "stays deleted",
  unreadable: "cannot be read",
};

const ORDER: MergeOutcome[] = ["add", "newer-in-backup", "newer-here", "same", "erased-here", "unreadable"];

function records(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "record is" : "records are"}`;
}

/** What a merge restore will do, before anything is written: the user confirms or cancels. */
export function MergePreviewPanel({ preview, busy, onConfirm, onCancel }: { preview: RestorePreview; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);
  const writes = preview.counts.add + preview.counts["newer-in-backup"];
  return (
    <section class="merge-preview" aria-labelledby="merge-preview-title">
      <h3 id="merge-preview-title" tabIndex={-1} ref={heading}>
        What restoring this backup will do
      </h3>
      <p>Nothing has been changed yet. Each record keeps its newer copy, and nothing deleted here comes back.</p>
      <ul>
        {ORDER.filter((o) => preview.counts[o] > 0).map((o) => (
          <li key={o}>{SAID[o](preview.counts[o])}</li>
        ))}
      </ul>
      {preview.pupils.length > 0 && (
        <details>
          <summary>Pupils in the backup that differ from here ({preview.pupils.length})</summary>
          <ul>
            {preview.pupils.map((p, i) => (
              <li key={i}>
                {p.label || "A pupil"}: {PUPIL_SAID[p.outcome]}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.unreadable.length > 0 && (
        <details>
          <summary>Why some records cannot be read</summary>
          <ul>
            {preview.unreadable.map((u) => (
              <li key={`${u.store}/${u.id}`}>
                {u.store} record {u.id}: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="button-row">
        <button type="button" class="button" disabled={busy || writes === 0} onClick={onConfirm}>
          {busy ? "Restoring…" : writes === 0 ? "Nothing to restore" : `Restore ${writes.toLocaleString("en-GB")} ${writes === 1 ? "record" : "records"}`}
        </button>
        <button type="button" class="button secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
