import { longDate } from "@/graduated-approach/long-date";
import type { Intervention } from "@/provision-map/intervention";

/** The sessions logged so far, newest first, each delivered (with anyone absent) or missed. */
export function SessionHistory({ intervention: i, names }: { intervention: Intervention; names: Map<string, string> }) {
  if (i.sessions.length === 0) return <p class="empty">No sessions logged yet.</p>;
  const sessions = [...i.sessions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ul class="plain-list session-history" aria-label={`Sessions logged for ${i.name}`}>
      {sessions.map((s) => (
        <li key={s.date}>
          {longDate(s.date)}: {s.delivered ? "delivered" : "missed"}
          {s.minutes ? ` (${s.minutes} minutes)` : ""}
          {s.absentPupilIds.length > 0 && `; absent: ${s.absentPupilIds.map((id) => names.get(id) ?? "a pupil no longer on the register").join(", ")}`}
        </li>
      ))}
    </ul>
  );
}
