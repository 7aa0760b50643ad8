import type { PackExport } from "@/graduated-approach/pack-export";
import { longDate } from "@/graduated-approach/long-date";

const SHOWN = 5;

function when(iso: string): string {
  const time = new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  const day = new Date(iso);
  const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
  return `${longDate(local)} at ${time}`;
}

/** The evidence packs saved for this pupil, newest first. */
export function ExportLog({ exports }: { exports: readonly PackExport[] }) {
  const newest = [...exports].sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
  return (
    <div class="export-log">
      <h4>Last exported</h4>
      {newest.length === 0 ? (
        <p class="empty">No evidence pack has been exported for this pupil yet.</p>
      ) : (
        <ul class="plain-list">
          {newest.slice(0, SHOWN).map((e) => (
            <li key={e.id}>
              {when(e.exportedAt)}: {e.kind === "pdf" ? "PDF" : "JSON"}, {e.pseudonymised ? "pseudonymised" : "full"}
            </li>
          ))}
          {newest.length > SHOWN && <li class="empty">And {newest.length - SHOWN} earlier.</li>}
        </ul>
      )}
    </div>
  );
}
